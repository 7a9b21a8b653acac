import type { BoardMap } from './find-board-maps';

export type MapSelection =
  | { kind: 'selected'; maps: BoardMap[] }
  | { kind: 'not-found' }
  | { kind: 'ambiguous'; maps: BoardMap[] };

function normalizeTitle(title: string): string {
  return title.trim().toLocaleLowerCase();
}

/** `--map` names a map by its id, its node id, or its title (any case); without it, every map is selected. */
export function selectMaps(maps: readonly BoardMap[], query: string | null): MapSelection {
  if (query === null) return { kind: 'selected', maps: [...maps] };
  const byId = maps.filter(({ map }) => map.mapId === query || map.nodeId === query);
  if (byId.length > 0) return { kind: 'selected', maps: byId.slice(0, 1) };
  const byTitle = maps.filter(({ map }) => normalizeTitle(map.title) === normalizeTitle(query));
  if (byTitle.length === 1) return { kind: 'selected', maps: byTitle };
  return byTitle.length === 0 ? { kind: 'not-found' } : { kind: 'ambiguous', maps: byTitle };
}
