import { describe, expect, it } from 'vitest';
import { TemplateSpecSchema } from '../../../src/core/template/template-spec';
import { computeUpdatedSpec, createMapEditDraft } from '../../../ui/state/map-edit-draft';
import { mergeMapEdits } from '../../../ui/state/merge-map-edits';
import { describeStage } from '../../../ui/state/stage-editing';
import { nodesWithRole } from '../board-builders';
import { contextSpec, expectContextDrawn, storedSpec, textOf } from '../context-board';
import { createMapAsync } from '../map-edit-helpers';
import type { PluginSession } from '../plugin-session';
import { startPluginSession } from '../plugin-session';

function expectContextKept(session: PluginSession): void {
  const { figma } = session.fake;
  expectContextDrawn(session);
  expect(nodesWithRole(figma, 'stage-description').map(textOf)).toEqual(['Weeks before, on social media']);
  const stored = storedSpec(session);
  expect(stored).toMatchObject({ scenario: 'Buying a winter jacket online', team: 'Web shop squad', date: 'March 2026', state: 'current' });
  expect(stored.persona).toEqual(contextSpec().persona);
  expect(stored.options).toMatchObject({ showLegend: true, showHowTo: true, personaSlots: true, parkingLot: true });
}

describe('update-map keeps what its spec does not speak of', () => {
  it('keeps the title area, state, options, persona role and stage descriptions when a spec sends stages and lanes only', async () => {
    const session = startPluginSession();
    const mapId = await createMapAsync(session, contextSpec());
    const original = contextSpec();
    // A spec as a form that knows only names, stages, lanes and three options sends it.
    const sent = {
      title: original.title,
      persona: { name: original.persona.name },
      stages: original.stages.map((stage, index) => ({ id: stage.id, name: index === 1 ? 'Comparing' : stage.name })),
      lanes: original.lanes.map((lane) => ({ id: lane.id, name: lane.name, kind: lane.kind })),
      options: { cellColumns: original.options.cellColumns, cellRows: original.options.cellRows, showInstructions: true },
    };
    const answer = await session.requestAsync({ type: 'update-map', requestId: 'update', mapId, spec: sent });
    expect(answer).toMatchObject({ type: 'map-updated', notesMoved: 0, notesKeptBeside: 0 });
    expectContextKept(session);
    expect(storedSpec(session).stages[1]!.name).toBe('Comparing');
  });

  it('lets a spec that sends a field change it: a new date and the legend off', async () => {
    const session = startPluginSession();
    const mapId = await createMapAsync(session, contextSpec());
    const original = contextSpec();
    const sent = { ...original, date: 'April 2026', options: { ...original.options, showLegend: false } };
    const answer = await session.requestAsync({ type: 'update-map', requestId: 'update', mapId, spec: sent });
    expect(answer.type).toBe('map-updated');
    expect(storedSpec(session)).toMatchObject({ date: 'April 2026', team: 'Web shop squad', options: { showLegend: false, showHowTo: true } });
    expect(nodesWithRole(session.fake.figma, 'legend')).toHaveLength(0);
  });

  it('keeps them through the Edit tab: read, rename stage 2, apply, tidy', async () => {
    const session = startPluginSession();
    const mapId = await createMapAsync(session, contextSpec());
    const read = await session.requestAsync({ type: 'read-map-spec', requestId: 'read', mapId });
    if (read.type !== 'map-spec') throw new Error(JSON.stringify(read));
    const draft = createMapEditDraft(read.spec);
    const renamed = { ...draft, stages: draft.stages.map((stage, index) => (index === 1 ? { ...stage, name: 'Comparing' } : stage)) };
    const edited = computeUpdatedSpec(renamed, read.spec);
    const merged = mergeMapEdits({ base: read.spec, edited: { ...edited, spec: TemplateSpecSchema.parse(edited.spec) }, board: read.spec });
    const answer = await session.requestAsync({ type: 'update-map', requestId: 'update', mapId, spec: merged.spec });
    expect(answer).toMatchObject({ type: 'map-updated', notesMoved: 0 });
    expectContextKept(session);
    const tidied = await session.requestAsync({ type: 'tidy-map', requestId: 'tidy', mapId });
    expect(tidied.type).toBe('map-tidied');
    expectContextKept(session);
  });
});

describe('update-map redraws the stage descriptions the Edit tab changed', () => {
  it('rewrites a changed line under its header, draws a new one and removes a cleared one', async () => {
    const session = startPluginSession();
    const mapId = await createMapAsync(session, contextSpec());
    // As the Edit tab applies: read the map, describe stages in the form, merge with the board, send.
    const applyAsync = async (edit: (draft: ReturnType<typeof createMapEditDraft>) => ReturnType<typeof createMapEditDraft>) => {
      const board = await session.requestAsync({ type: 'read-map-spec', requestId: 'again', mapId });
      if (board.type !== 'map-spec') throw new Error(JSON.stringify(board));
      const edited = computeUpdatedSpec(edit(createMapEditDraft(board.spec)), board.spec);
      const merged = mergeMapEdits({ base: board.spec, edited: { ...edited, spec: TemplateSpecSchema.parse(edited.spec) }, board: board.spec });
      return session.requestAsync({ type: 'update-map', requestId: 'update', mapId, spec: merged.spec });
    };
    const descriptions = () => nodesWithRole(session.fake.figma, 'stage-description').map(textOf).sort();

    const changed = await applyAsync((draft) =>
      describeStage(describeStage(draft, draft.stages[0]!.key, 'Days before, by email'), draft.stages[2]!.key, 'In the shop'),
    );
    expect(changed).toMatchObject({ type: 'map-updated', notesMoved: 0 });
    expect(descriptions()).toEqual(['Days before, by email', 'In the shop']);
    expect(storedSpec(session).stages.map((stage) => stage.description)).toEqual([
      'Days before, by email',
      undefined,
      'In the shop',
      undefined,
      undefined,
    ]);

    const cleared = await applyAsync((draft) => describeStage(draft, draft.stages[0]!.key, ''));
    expect(cleared.type).toBe('map-updated');
    expect(descriptions()).toEqual(['In the shop']);
    expect(storedSpec(session).stages[0]).not.toHaveProperty('description');
    expectContextDrawn(session);
  });
});
