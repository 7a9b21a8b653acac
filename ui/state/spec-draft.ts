import type { LaneKind } from '../../src/core/shared/lane-kinds';
import { DEFAULT_PERSONA, LANE_PRESETS, STAGE_PRESETS } from '../../src/core/template/presets';
import type { TemplateSpec } from '../../src/core/template/template-spec';

/**
 * The create form as a person edits it. Rows carry a `key` that never changes, so an input keeps its focus while
 * its name is typed; spec ids are made from the names only when the spec is built.
 */
export interface StageDraft {
  key: string;
  name: string;
  /** The stage's id on a drawn map being edited; absent for a stage not on the board yet. */
  id?: string;
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
  };
}

/** The form as it was for a spec drawn before: its stages, its lanes ticked, the other presets offered unticked. */
export function createDraftFromSpec(spec: TemplateSpec): SpecDraft {
  let nextKey = 1;
  const stages = spec.stages.map((stage) => ({ key: `stage-${nextKey++}`, name: stage.name }));
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
  };
}
