import { assembleMapSnapshots } from '../core/board/assemble-map-snapshots';
import type { MapSnapshot } from '../core/board/board-snapshot';
import { inferJourneyGrids, isChosenMap } from '../core/board/grid-inference/infer-journey-grid';
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

/** Headers a title of an untitled grid names, enough to tell it from the grids beside it. */
const HEADERS_IN_TITLE = 3;

/**
 * A grid that shows no journey and has no title on the board is not called a journey map (the default title of
 * one): its title says it has none and names its first headers, as the person sees them on the board.
 */
function nameUntitledGrid(map: MapSnapshot): MapSnapshot {
  if (map.untitled !== true) return map;
  const headers = map.stages.map((stage) => stage.name);
  const shown = headers.length > HEADERS_IN_TITLE ? [...headers.slice(0, HEADERS_IN_TITLE), '…'] : headers;
  return { ...map, title: CLI_MESSAGES.untitledGridTitle(shown.join(', ')) };
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
    // A grid read only because --map chose it keeps the title it is listed with.
    for (const map of inferred.maps) maps.push({ map: isChosenMap(map, chosen) ? nameUntitledGrid(map) : map, page: page.name, kind: 'inferred' });
    for (const map of inferred.candidates) candidates.push({ map: nameUntitledGrid(map), page: page.name, kind: 'inferred' });
  }
  return { maps, candidates, problems };
}
