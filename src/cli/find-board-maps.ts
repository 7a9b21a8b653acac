import { assembleMapSnapshots } from '../core/board/assemble-map-snapshots';
import type { MapSnapshot } from '../core/board/board-snapshot';
import { inferJourneyGrids } from '../core/board/grid-inference/infer-journey-grid';
import type { RestBoardPage } from '../core/board/rest/convert-rest-board';
import { CLI_MESSAGES } from '../core/shared/user-messages';

export interface BoardMap {
  map: MapSnapshot;
  page: string;
  /** 'tagged' for a map Journey Lanes drew, 'inferred' for a grid recognised on the board. */
  kind: 'tagged' | 'inferred';
}

export interface BoardMaps {
  maps: BoardMap[];
  /** Grids that name no journey (a table of specs, a legend): exported only when `--map` chooses one. */
  candidates: BoardMap[];
  /** Why a page gave no map, or lost one, each naming its page. */
  problems: string[];
}

/**
 * Every journey map of every page: the maps Journey Lanes drew, from their tags; on a page without one, the grids
 * recognised from what is on it. One core for both: the same assembly and inference the plugin uses.
 */
export function findBoardMaps(pages: readonly RestBoardPage[], chosen: ReadonlySet<string> = new Set()): BoardMaps {
  const maps: BoardMap[] = [];
  const candidates: BoardMap[] = [];
  const problems: string[] = [];
  for (const page of pages) {
    const pageProblem = (problem: string) => problems.push(CLI_MESSAGES.pageProblem(page.name, problem));
    if (page.tagged.length > 0) {
      const assembled = assembleMapSnapshots(page.tagged, page.notes, { checkDrawing: true });
      assembled.problems.forEach(pageProblem);
      if (assembled.maps.length > 0) {
        for (const map of assembled.maps) maps.push({ map, page: page.name, kind: 'tagged' });
        continue;
      }
    }
    const inferred = inferJourneyGrids(page.nodes, page.notes, { chosen });
    inferred.problems.forEach(pageProblem);
    for (const map of inferred.maps) maps.push({ map, page: page.name, kind: 'inferred' });
    for (const map of inferred.candidates) candidates.push({ map, page: page.name, kind: 'inferred' });
  }
  return { maps, candidates, problems };
}
