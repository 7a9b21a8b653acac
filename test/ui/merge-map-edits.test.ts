import { describe, expect, it } from 'vitest';
import type { TemplateSpec } from '../../src/core/template/template-spec';
import { addCustomLane, moveLane, removeLane, renameLane } from '../../ui/state/lane-editing';
import { computeUpdatedSpec, createMapEditDraft } from '../../ui/state/map-edit-draft';
import { mergeMapEdits } from '../../ui/state/merge-map-edits';
import type { SpecDraft } from '../../ui/state/spec-draft';
import { addStage, moveStage, removeStage, renameStage } from '../../ui/state/stage-editing';
import { validateDraftSpec } from '../../ui/state/validate-draft';
import { createDrawnSpec } from './living-map-fixture';

const base = createDrawnSpec();

/** 'discover:Discover buy:Buy' ⇄ stages; names are single words so a space parts them. */
function parseParts(text: string): Array<{ id: string; name: string }> {
  return text.split(' ').map((part) => {
    const [id, name] = part.split(':');
    return { id: id!, name: name! };
  });
}

function describeParts(parts: ReadonlyArray<{ id: string; name: string }>): string {
  return parts.map((part) => `${part.id}:${part.name}`).join(' ');
}

function stage(draft: SpecDraft, id: string): string {
  return draft.stages.find((row) => row.id === id)!.key;
}

function lane(draft: SpecDraft, id: string): string {
  return draft.lanes.find((row) => row.id === id)!.key;
}

function mergeAfter(edit: (draft: SpecDraft) => SpecDraft, board: TemplateSpec) {
  const draft = edit(createMapEditDraft(base));
  const draftSpec = computeUpdatedSpec(draft, base);
  const validation = validateDraftSpec(draftSpec);
  if (!validation.ok) throw new Error(JSON.stringify(validation.errors));
  return { draft, merged: mergeMapEdits({ base, edited: { ...draftSpec, spec: validation.spec }, board }) };
}

const boardWithStages = (stages: string): TemplateSpec => ({ ...base, stages: parseParts(stages) });

describe('applying edits to the map as it is on the board now', () => {
  it.each<[string, (draft: SpecDraft) => SpecDraft, string, string]>([
    ['untouched names follow the board', (draft) => draft, 'discover:Discover buy:Purchase use:Use', 'discover:Discover buy:Purchase use:Use'],
    [
      'a name the person changed keeps the person\'s text, the others follow the board',
      (draft) => renameStage(draft, stage(draft, 'discover'), 'Find'),
      'discover:Explore buy:Purchase use:Use',
      'discover:Find buy:Purchase use:Use',
    ],
    [
      'the person\'s rename wins over a rename on the board of the same stage',
      (draft) => renameStage(draft, stage(draft, 'buy'), 'Pay'),
      'discover:Discover buy:Purchase use:Use',
      'discover:Discover buy:Pay use:Use',
    ],
    [
      'a stage the person removed stays removed, even renamed on the board',
      (draft) => removeStage(draft, stage(draft, 'buy')),
      'discover:Discover buy:Purchase use:Use',
      'discover:Discover use:Use',
    ],
    [
      'a stage removed on the board meanwhile stays removed',
      (draft) => renameStage(draft, stage(draft, 'discover'), 'Find'),
      'discover:Discover use:Use',
      'discover:Find use:Use',
    ],
    [
      'a stage removed on the board meanwhile stays removed, even when the person renamed it',
      (draft) => renameStage(draft, stage(draft, 'buy'), 'Pay'),
      'discover:Discover use:Use',
      'discover:Discover use:Use',
    ],
    [
      'a stage added on the board stays, and the person\'s new stage goes at the end',
      (draft) => addStage(draft, 'Return'),
      'discover:Discover review:Review buy:Buy use:Use',
      'discover:Discover review:Review buy:Buy use:Use return:Return',
    ],
    [
      'a new stage placed by the person stays before the stage that followed it',
      (draft) => moveStage(addStage(draft, 'Compare'), `stage-${draft.nextKey}`, -2),
      'discover:Explore buy:Purchase use:Use',
      'discover:Explore compare:Compare buy:Purchase use:Use',
    ],
    [
      'a new stage gets an id the board has not taken meanwhile',
      (draft) => addStage(draft, 'Return'),
      'discover:Discover buy:Buy use:Use return:Comeback',
      'discover:Discover buy:Buy use:Use return:Comeback return-2:Return',
    ],
    [
      'the person\'s order applies to the fresh names',
      (draft) => moveStage(draft, stage(draft, 'use'), -2),
      'discover:Explore buy:Purchase use:Use',
      'use:Use discover:Explore buy:Purchase',
    ],
    [
      'the person\'s order applies, with a stage added on the board after the stage it follows there',
      (draft) => moveStage(draft, stage(draft, 'discover'), 2),
      'discover:Discover review:Review buy:Buy use:Use',
      'buy:Buy use:Use discover:Discover review:Review',
    ],
    [
      'the board\'s order stays when the person did not reorder',
      (draft) => renameStage(draft, stage(draft, 'buy'), 'Pay'),
      'use:Use discover:Discover buy:Buy',
      'use:Use discover:Discover buy:Pay',
    ],
    [
      'a removal on each side, a rename on each side and a new stage all apply together',
      (draft) => addStage(renameStage(removeStage(draft, stage(draft, 'use')), stage(draft, 'discover'), 'Find'), 'Return'),
      'discover:Discover buy:Purchase',
      'discover:Find buy:Purchase return:Return',
    ],
  ])('%s', (_name, edit, board, expected) => {
    const { merged } = mergeAfter(edit, boardWithStages(board));
    expect(describeParts(merged.spec.stages)).toBe(expected);
  });

  it.each<[string, (draft: SpecDraft) => SpecDraft, string, string]>([
    ['untouched lane names follow the board', (draft) => draft, 'Points', 'touchpoints:Points fees:Fees emotions:Emotions'],
    [
      'a renamed lane keeps the person\'s name, the others follow the board',
      (draft) => renameLane(draft, lane(draft, 'fees'), 'Charges'),
      'Points',
      'touchpoints:Points fees:Charges emotions:Emotions',
    ],
    ['a removed lane stays removed', (draft) => removeLane(draft, lane(draft, 'fees')), 'Points', 'touchpoints:Points emotions:Emotions'],
    [
      'a reordered lane and a new lane apply to the fresh names',
      (draft) => addCustomLane(moveLane(draft, lane(draft, 'emotions'), -2), 'Costs'),
      'Points',
      'emotions:Emotions touchpoints:Points fees:Fees costs:Costs',
    ],
  ])('%s', (_name, edit, touchpointsOnBoard, expected) => {
    const board: TemplateSpec = {
      ...base,
      lanes: base.lanes.map((row) => (row.id === 'touchpoints' ? { ...row, name: touchpointsOnBoard } : row)),
    };
    const { merged } = mergeAfter(edit, board);
    expect(describeParts(merged.spec.lanes)).toBe(expected);
  });

  it('takes a lane\'s kind and instruction, the title, persona and options from the board', () => {
    const board: TemplateSpec = {
      ...base,
      title: 'Checkout tomorrow',
      persona: { name: 'Sam', description: 'Buys in shops' },
      lanes: base.lanes.map((row) => (row.id === 'fees' ? { ...row, instruction: 'Which fees hurt?' } : row)),
      options: { cellColumns: 3, cellRows: 1, showInstructions: true },
    };
    const { merged } = mergeAfter((draft) => renameLane(draft, lane(draft, 'fees'), 'Charges'), board);
    expect(merged.spec.lanes[1]).toEqual({ id: 'fees', name: 'Charges', kind: 'custom', instruction: 'Which fees hurt?' });
    expect(merged.spec.title).toBe('Checkout tomorrow');
    expect(merged.spec.persona).toEqual(board.persona);
    expect(merged.spec.options).toEqual(board.options);
  });

  it('names the form row of each part sent, and none for a part only the board has', () => {
    const { draft, merged } = mergeAfter((draft) => addStage(draft, 'Return'), boardWithStages('review:Review discover:Discover buy:Buy use:Use'));
    const keys = ['discover', 'buy', 'use'].map((id) => stage(draft, id));
    expect(merged.stageKeys).toEqual([undefined, ...keys, draft.stages[3]!.key]);
    expect(merged.laneKeys).toEqual(['touchpoints', 'fees', 'emotions'].map((id) => lane(draft, id)));
  });
});

describe('applying edits keeps what the form does not edit', () => {
  it('sends the title area, state, options, persona role and stage descriptions as the board has them', () => {
    const board: TemplateSpec = {
      ...base,
      scenario: 'Buying a jacket',
      team: 'Web shop',
      date: 'March 2026',
      state: 'future',
      persona: { ...base.persona, role: 'Frequent flyer' },
      stages: base.stages.map((part, index) => (index === 0 ? { ...part, description: 'Weeks before' } : part)),
      options: { ...base.options, showLegend: true, showHowTo: true, personaSlots: true, parkingLot: true },
    };
    const draft = renameStage(createMapEditDraft(board), createMapEditDraft(board).stages[1]!.key, 'Renamed');
    const draftSpec = computeUpdatedSpec(draft, board);
    const validation = validateDraftSpec(draftSpec);
    if (!validation.ok) throw new Error(JSON.stringify(validation.errors));
    const { spec } = mergeMapEdits({ base: board, edited: { ...draftSpec, spec: validation.spec }, board });
    expect(spec).toMatchObject({ scenario: 'Buying a jacket', team: 'Web shop', date: 'March 2026', state: 'future' });
    expect(spec.persona.role).toBe('Frequent flyer');
    expect(spec.stages[0]!.description).toBe('Weeks before');
    expect(spec.stages[1]!.name).toBe('Renamed');
    expect(spec.options).toEqual(board.options);
  });
});
