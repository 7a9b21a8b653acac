import { countCellNotes } from '../core/count-cell-notes';
import { placeNotes } from '../core/place-notes';
import type { SandboxToUi, ReadMapSpecRequest } from '../core/protocol';
import { readBoardSpec } from '../core/read-board-spec';
import type { FigJamApi } from './figjam-api';
import { readMapForEditAsync } from './read-map-for-edit-async';

/** The spec of a drawn map with the names on the board now, and how many notes each lane and stage holds. */
export async function handleReadMapSpecAsync(api: FigJamApi, request: ReadMapSpecRequest): Promise<SandboxToUi> {
  const { requestId, mapId } = request;
  const { map, stored } = await readMapForEditAsync(api, mapId);
  const counts = countCellNotes(map, placeNotes(map));
  const spec = readBoardSpec(stored, map);
  return {
    type: 'map-spec',
    requestId,
    mapId: map.mapId,
    spec,
    notesByLane: Object.fromEntries(spec.lanes.map((lane) => [lane.id, counts.notesByLane[lane.id] ?? 0])),
    notesByStage: Object.fromEntries(spec.stages.map((stage) => [stage.id, counts.notesByStage[stage.id] ?? 0])),
  };
}
