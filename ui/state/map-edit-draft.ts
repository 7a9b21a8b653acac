import { LANE_PRESETS, slugify } from '../../src/core/template/presets';
import type { TemplateSpec } from '../../src/core/template/template-spec';
import type { DraftSpec } from './compute-spec-from-draft';
import { createUniqueId } from '../../src/core/shared/create-unique-id';
import { MAX_SPEC_ID_LENGTH } from '../../src/core/template/template-spec';
import { createDraftFromSpec } from './spec-draft';
import type { SpecDraft } from './spec-draft';

/** The form for a drawn map: its stages and lanes as rows that remember their ids on the board. */
export function createMapEditDraft(spec: TemplateSpec): SpecDraft {
  const draft = createDraftFromSpec(spec);
  return {
    ...draft,
    stages: draft.stages.map((stage, index) => ({ ...stage, id: spec.stages[index]!.id })),
    // createDraftFromSpec lists the map's lanes first, in order, then the other presets unticked.
    lanes: draft.lanes.map((lane, index) => {
      const onMap = spec.lanes[index];
      return onMap ? { ...lane, id: onMap.id } : lane;
    }),
  };
}

/**
 * A stage's description as an update sends it: the form's line, none when blank, and '' when the form blanked a
 * line the map has, because the sandbox keeps the stored description of a stage sent without one.
 */
function computeEditedDescription(edited: string | undefined, stored: string | undefined): { description?: string } {
  if ((edited ?? '').trim() !== '') return { description: edited! };
  return (stored ?? '').trim() === '' ? {} : { description: '' };
}

/**
 * The spec to send with `update-map`: stages and lanes on the board keep their ids (the sandbox matches by id),
 * new ones get ids made from their names that no part of the map had, so a removed stage is never mistaken
 * for a new one of the same name. Stage descriptions are the form's; title, persona, options and lane
 * instructions stay as on the board.
 */
export function computeUpdatedSpec(draft: SpecDraft, original: TemplateSpec): DraftSpec {
  const stageIds = new Set(original.stages.map((stage) => stage.id));
  const stages = draft.stages.map((stage) => {
    const onMap = stage.id === undefined ? undefined : original.stages.find((candidate) => candidate.id === stage.id);
    const description = computeEditedDescription(stage.description, onMap?.description);
    if (onMap) {
      // A stage on the map keeps what the form does not show; its name and description are the form's.
      const { description: _stored, ...kept } = onMap;
      return { ...kept, name: stage.name, ...description };
    }
    if (stage.id !== undefined) return { id: stage.id, name: stage.name, ...description };
    const id = createUniqueId(slugify(stage.name), stageIds, MAX_SPEC_ID_LENGTH);
    stageIds.add(id);
    return { id, name: stage.name, ...description };
  });
  const laneIds = new Set(original.lanes.map((lane) => lane.id));
  const checkedLanes = draft.lanes.filter((lane) => lane.checked);
  const lanes = checkedLanes.map((lane) => {
    const onMap = lane.id === undefined ? undefined : original.lanes.find((candidate) => candidate.id === lane.id);
    if (onMap) return { ...onMap, name: lane.name };
    const preset = LANE_PRESETS.find((candidate) => candidate.id === lane.presetId);
    const id = createUniqueId(preset ? preset.id : slugify(lane.name), laneIds, MAX_SPEC_ID_LENGTH);
    laneIds.add(id);
    return { id, name: lane.name, kind: lane.kind };
  });
  return {
    spec: { ...original, title: original.title, persona: original.persona, stages, lanes, options: original.options },
    stageKeys: draft.stages.map((stage) => stage.key),
    laneKeys: checkedLanes.map((lane) => lane.key),
  };
}

function describeParts(parts: ReadonlyArray<{ id: string; name: string; description?: string }>): string {
  return JSON.stringify(parts.map((part) => [part.id, part.name.trim(), part.description?.trim() ?? '']));
}

/** Whether applying would change the map: a stage or lane added, removed, renamed or moved, or a stage described anew. */
export function hasStructureChanges(spec: Pick<TemplateSpec, 'stages' | 'lanes'>, original: TemplateSpec): boolean {
  return (
    describeParts(spec.stages) !== describeParts(original.stages) || describeParts(spec.lanes) !== describeParts(original.lanes)
  );
}
