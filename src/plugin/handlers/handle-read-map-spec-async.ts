import { countCellNotes } from '../../core/placement/count-cell-notes';
import { placeNotes } from '../../core/placement/place-notes';
import type { SandboxToUi, ReadMapSpecRequest } from '../../core/protocol/protocol';
import { deriveBoardSpec } from '../../core/board/derive-board-spec';
import type { FigJamApi } from '../platform/figjam-api';
import { readMapForEditAsync } from '../read/read-map-for-edit-async';

/** The spec of a drawn map with the names on the board now, and how many notes each lane and stage holds. */
export async function handleReadMapSpecAsync(api: FigJamApi, request: ReadMapSpecRequest): Promise<SandboxToUi> {
  const { requestId, mapId } = request;
  const { map, stored } = await readMapForEditAsync(api, mapId);
  const counts = countCellNotes(map, placeNotes(map));
  const spec = deriveBoardSpec(stored, map);
  return {
    type: 'map-spec',
    requestId,
    mapId: map.mapId,
    spec,
    notesByLane: Object.fromEntries(spec.lanes.map((lane) => [lane.id, counts.notesByLane[lane.id] ?? 0])),
    notesByStage: Object.fromEntries(spec.stages.map((stage) => [stage.id, counts.notesByStage[stage.id] ?? 0])),
  };
}
