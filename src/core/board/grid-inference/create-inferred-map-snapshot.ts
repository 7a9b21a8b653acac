import { readStageNameFromHeader } from '../../template/compute-stage-header-shapes';
import type { LaneSnapshot, MapSnapshot, StageSnapshot } from '../board-snapshot';
import type { Rect } from '../../shared/geometry';
import type { InferredGrid } from './inferred-grid';
import { identifyLanes } from './lane-vocabulary';
import { slugify } from '../../template/presets';
import { USER_MESSAGES } from '../../shared/user-messages';
import { createUniqueId } from '../../shared/create-unique-id';

function createStageIds(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name, index) => {
    const id = createUniqueId(slugify(name) || `stage-${index + 1}`, used);
    used.add(id);
    return id;
  });
}

/** Node ids such as "12:34" become "12-34", so the map id stays a plain word. */
function createMapId(grid: InferredGrid): string {
  return `grid-${grid.idSource.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '')}`;
}

/**
 * The MapSnapshot of a recognised grid: stages as columns from the header row down to the last lane, lanes as
 * bands from the label column to the last stage. Its notes are the grid's own (table cells); the board's notes
 * are given to maps by the caller, who sees every map of the page.
 */
export function createInferredMapSnapshot(grid: InferredGrid): MapSnapshot {
  const right = grid.stages[grid.stages.length - 1]!.span.end;
  const bottom = grid.lanes[grid.lanes.length - 1]!.span.end;
  const bounds: Rect = { x: grid.left, y: grid.top, width: right - grid.left, height: bottom - grid.top };
  // A header Journey Lanes numbered ("1 · Awareness") names its stage without the number, as on a tagged map.
  const stageNames = grid.stages.map((stage, index) => readStageNameFromHeader(stage.name) || USER_MESSAGES.inferredStageName(index + 1));
  const stageIds = createStageIds(stageNames);
  const stages: StageSnapshot[] = grid.stages.map((stage, index) => ({
    id: stageIds[index]!,
    name: stageNames[index]!,
    nodeId: stage.nodeId,
    ...(stage.nodeId !== null ? { labelNodeId: stage.nodeId } : {}),
    bounds: { x: stage.span.start, y: grid.top, width: stage.span.end - stage.span.start, height: bottom - grid.top },
  }));
  const identities = identifyLanes(grid.lanes.map((lane, index) => lane.name || USER_MESSAGES.inferredLaneName(index + 1)));
  const lanes: LaneSnapshot[] = grid.lanes.map((lane, index) => ({
    id: identities[index]!.id,
    name: identities[index]!.name,
    kind: identities[index]!.kind,
    nodeId: lane.sectionId ?? lane.nodeId,
    ...(lane.nodeId !== null ? { labelNodeId: lane.nodeId } : {}),
    bounds: { x: grid.left, y: lane.span.start, width: right - grid.left, height: lane.span.end - lane.span.start },
  }));
  return {
    mapId: createMapId(grid),
    nodeId: grid.nodeId,
    title: grid.title ?? USER_MESSAGES.inferredMapTitle,
    bounds,
    persona: null,
    lanes,
    stages,
    notes: [...grid.ownNotes],
    ...(grid.title === null ? { untitled: true as const } : {}),
  };
}
