import { slugify } from '../../src/core/template/presets';
import type { TemplateSpecInput } from '../../src/core/template/template-spec';
import { createUniqueId } from '../../src/core/shared/create-unique-id';
import { MAX_SPEC_ID_LENGTH } from '../../src/core/template/template-spec';
import type { SpecDraft } from './spec-draft';
import { computeBoardSpec } from './compute-board-spec';

export interface DraftSpec {
  spec: TemplateSpecInput;
  /** The draft key of `spec.stages[index]`, to lead a problem with a stage back to its row. */
  stageKeys: string[];
  /** The draft key of `spec.lanes[index]`: only ticked lanes are in the spec. */
  laneKeys: string[];
}

/** A blank role line is no role: the card then has the name and description only. */
function computePersonaRole(draft: SpecDraft): { role?: string } {
  const role = draft.personaRole ?? '';
  return role.trim() === '' ? {} : { role };
}

/** The spec to draw: ticked lanes only, ids made from names and unique, preset lanes keeping their preset id. */
export function computeSpecFromDraft(draft: SpecDraft): DraftSpec {
  const stageIds = new Set<string>();
  const stages = draft.stages.map((stage) => {
    const id = createUniqueId(slugify(stage.name), stageIds, MAX_SPEC_ID_LENGTH);
    stageIds.add(id);
    const description = stage.description ?? '';
    return description.trim() === '' ? { id, name: stage.name } : { id, name: stage.name, description };
  });
  const checkedLanes = draft.lanes.filter((lane) => lane.checked);
  const laneIds = new Set(checkedLanes.flatMap((lane) => (lane.presetId === null ? [] : [lane.presetId])));
  const lanes = checkedLanes.map((lane) => {
    if (lane.presetId !== null) return { id: lane.presetId, name: lane.name, kind: lane.kind };
    const id = createUniqueId(slugify(lane.name), laneIds, MAX_SPEC_ID_LENGTH);
    laneIds.add(id);
    return { id, name: lane.name, kind: lane.kind };
  });
  return {
    spec: {
      title: draft.title,
      persona: { name: draft.personaName, description: draft.personaDescription, ...computePersonaRole(draft) },
      stages,
      lanes,
      ...(draft.board ? computeBoardSpec(draft.board) : {}),
    },
    stageKeys: draft.stages.map((stage) => stage.key),
    laneKeys: checkedLanes.map((lane) => lane.key),
  };
}
