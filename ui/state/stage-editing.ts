import { MAX_STAGES } from '../../src/core/template/template-spec';
import { STAGE_PRESETS } from '../../src/core/template/presets';
import type { StagePreset } from '../../src/core/template/presets';
import { createDraftKey } from './spec-draft';
import type { SpecDraft } from './spec-draft';

/** Pure edits of the stage list. Each returns a new draft and leaves the one it was given as it was. */

export function canAddStage(draft: SpecDraft): boolean {
  return draft.stages.length < MAX_STAGES;
}

export function addStage(draft: SpecDraft, name = `Stage ${draft.stages.length + 1}`): SpecDraft {
  if (!canAddStage(draft)) return draft;
  const [key, next] = createDraftKey(draft, 'stage');
  return { ...next, stages: [...draft.stages, { key, name }] };
}

export function removeStage(draft: SpecDraft, key: string): SpecDraft {
  return { ...draft, stages: draft.stages.filter((stage) => stage.key !== key) };
}

export function renameStage(draft: SpecDraft, key: string, name: string): SpecDraft {
  return { ...draft, stages: draft.stages.map((stage) => (stage.key === key ? { ...stage, name } : stage)) };
}

/** Sets the one line under a stage's header; a blank line is kept as typed and left out of the spec. */
export function describeStage(draft: SpecDraft, key: string, description: string): SpecDraft {
  return { ...draft, stages: draft.stages.map((stage) => (stage.key === key ? { ...stage, description } : stage)) };
}

/** Moves a stage by `offset` places (-1 earlier, +1 later); a move past either end does nothing. */
export function moveStage(draft: SpecDraft, key: string, offset: number): SpecDraft {
  const from = draft.stages.findIndex((stage) => stage.key === key);
  const to = from + offset;
  if (from < 0 || to < 0 || to >= draft.stages.length || offset === 0) return draft;
  const stages = [...draft.stages];
  const [moved] = stages.splice(from, 1);
  stages.splice(to, 0, moved!);
  return { ...draft, stages };
}

/**
 * The preset's stages in place of the draft's. Stages the person wrote or changed are never lost to a preset:
 * they are kept as `ownStages`, and `restoreOwnStages` brings them back.
 */
export function applyStagePreset(draft: SpecDraft, presetId: string): SpecDraft {
  const preset = STAGE_PRESETS.find((candidate) => candidate.id === presetId);
  if (!preset) return draft;
  const ownStages = findMatchingStagePreset(draft) === null ? draft.stages : draft.ownStages;
  let next: SpecDraft = { ...draft, stages: [], ...(ownStages ? { ownStages } : {}) };
  for (const stage of preset.stages) next = addStage(next, stage.name);
  return next;
}

/** The person's own stages back, as they were before a preset replaced them. */
export function restoreOwnStages(draft: SpecDraft): SpecDraft {
  const { ownStages, ...rest } = draft;
  return ownStages ? { ...rest, stages: ownStages } : draft;
}

/** The preset whose stage names the draft has, in order; null once the person has changed them. */
export function findMatchingStagePreset(draft: SpecDraft): StagePreset | null {
  const names = draft.stages.map((stage) => stage.name.trim());
  return (
    STAGE_PRESETS.find(
      (preset) => preset.stages.length === names.length && preset.stages.every((stage, index) => stage.name === names[index]),
    ) ?? null
  );
}
