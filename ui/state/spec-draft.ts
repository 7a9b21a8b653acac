import type { LaneKind } from '../../src/core/shared/lane-kinds';
import { DEFAULT_PERSONA, LANE_PRESETS, STAGE_PRESETS } from '../../src/core/template/presets';
import type { MapState, TemplateSpec } from '../../src/core/template/template-spec';

/**
 * The create form as a person edits it. Rows carry a `key` that never changes, so an input keeps its focus while
 * its name is typed; spec ids are made from the names only when the spec is built.
 */
export interface StageDraft {
  key: string;
  name: string;
  /** The stage's id on a drawn map being edited; absent for a stage not on the board yet. */
  id?: string;
  /** The one line under the stage's header (timing, channel); absent or blank for none. */
  description?: string;
}

export interface LaneDraft {
  key: string;
  /** The lane preset this row comes from; null for a lane the person added. */
  presetId: string | null;
  name: string;
  kind: LaneKind;
  checked: boolean;
  /** The lane's id on a drawn map being edited; absent for a lane not on the board yet. */
  id?: string;
}

export interface SpecDraft {
  title: string;
  personaName: string;
  personaDescription: string;
  stages: StageDraft[];
  lanes: LaneDraft[];
  /** Keys are `stage-1`, `lane-2`, … from this counter, so a removed row's key is never reused. */
  nextKey: number;
  /** The person's own stages that a stage preset replaced, to bring them back; absent when none were replaced. */
  ownStages?: StageDraft[];
  /** The title area, cell size and what the board shows; absent in a draft kept from before they were offered. */
  board?: BoardDraft;
  /** The persona's role line on the card; absent or blank for none (and in a draft from before it was offered). */
  personaRole?: string;
}

/** The Create tab's "Board" group: the spec's title-area texts, state and options as a person edits them. */
export interface BoardDraft {
  scenario: string;
  team: string;
  date: string;
  state: MapState;
  cellColumns: number;
  cellRows: number;
  showInstructions: boolean;
  showLegend: boolean;
  showHowTo: boolean;
}

/** A new map is a workshop board: the legend and the how-to are on, and it shows the journey as it is today. */
export function createDefaultBoardDraft(): BoardDraft {
  return { scenario: '', team: '', date: '', state: 'current', cellColumns: 3, cellRows: 2, showInstructions: true, showLegend: true, showHowTo: true };
}

/**
 * The board group as a spec has it (the last map drawn, kept as a preference). A spec from before the legend and
 * how-to were offered has no flag for them: the new map gets them, as every new map does.
 */
export function createBoardDraftFromSpec(spec: TemplateSpec): BoardDraft {
  return {
    scenario: spec.scenario ?? '',
    team: spec.team ?? '',
    date: spec.date ?? '',
    state: spec.state ?? 'current',
    cellColumns: spec.options.cellColumns,
    cellRows: spec.options.cellRows,
    showInstructions: spec.options.showInstructions,
    showLegend: spec.options.showLegend ?? true,
    showHowTo: spec.options.showHowTo ?? true,
  };
}

export const DEFAULT_TITLE = 'Customer journey map';

export function createDraftKey(draft: SpecDraft, prefix: 'stage' | 'lane'): [string, SpecDraft] {
  return [`${prefix}-${draft.nextKey}`, { ...draft, nextKey: draft.nextKey + 1 }];
}

export function createDefaultDraft(): SpecDraft {
  let nextKey = 1;
  const stages = STAGE_PRESETS[0]!.stages.map((stage) => ({ key: `stage-${nextKey++}`, name: stage.name }));
  const lanes = LANE_PRESETS.map((preset) => ({
    key: `lane-${nextKey++}`,
    presetId: preset.id,
    name: preset.name,
    kind: preset.kind,
    checked: preset.isDefault,
  }));
  return {
    title: DEFAULT_TITLE,
    personaName: DEFAULT_PERSONA.name,
    personaDescription: DEFAULT_PERSONA.description,
    stages,
    lanes,
    nextKey,
    board: createDefaultBoardDraft(),
  };
}

/** The form as it was for a spec drawn before: its stages, its lanes ticked, the other presets offered unticked. */
export function createDraftFromSpec(spec: TemplateSpec): SpecDraft {
  let nextKey = 1;
  const stages = spec.stages.map((stage) => ({
    key: `stage-${nextKey++}`,
    name: stage.name,
    ...(stage.description === undefined ? {} : { description: stage.description }),
  }));
  const lanes: LaneDraft[] = [];
  for (const lane of spec.lanes) {
    const preset = LANE_PRESETS.find((candidate) => candidate.id === lane.id);
    lanes.push({ key: `lane-${nextKey++}`, presetId: preset ? preset.id : null, name: lane.name, kind: lane.kind, checked: true });
  }
  for (const preset of LANE_PRESETS) {
    if (spec.lanes.some((lane) => lane.id === preset.id)) continue;
    lanes.push({ key: `lane-${nextKey++}`, presetId: preset.id, name: preset.name, kind: preset.kind, checked: false });
  }
  return {
    title: spec.title,
    personaName: spec.persona.name,
    personaDescription: spec.persona.description,
    stages,
    lanes,
    nextKey,
    board: createBoardDraftFromSpec(spec),
    personaRole: spec.persona.role ?? '',
  };
}
