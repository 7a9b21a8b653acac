import type { SandboxToUi } from '../../core/protocol/protocol';
import type { DrawnJourney } from '../write/draw-imported-journey-async';

/** The answer for a map an import or a duplicate drew anew. */
export function createMapImportedAnswer(requestId: string, drawn: DrawnJourney, namesFitted: number, namesBlank = 0): SandboxToUi {
  return {
    type: 'map-imported',
    requestId,
    mapId: drawn.mapId,
    nodeId: drawn.map.id,
    updated: false,
    notesAdded: drawn.notesAdded,
    notesKept: 0,
    // namesFitted keeps its first meaning (every name changed to fit), namesBlank says how many were blank.
    ...(namesFitted + namesBlank > 0 ? { namesFitted: namesFitted + namesBlank } : {}),
    ...(namesBlank > 0 ? { namesBlank } : {}),
  };
}
