import type { MapSnapshot } from '../../src/core/board/board-snapshot';
import { findMapSections } from '../../src/plugin/read/read-map-structure';
import { readTaggedMapAsync } from '../../src/plugin/read/read-tagged-map-async';
import type { BenchBoard } from './build-bench-board-async';

/** The map of a bench board as the export reads it, so the pure placement is timed on exactly what it places. */
export async function readBenchMapSnapshotAsync(board: BenchBoard): Promise<MapSnapshot> {
  const { figma, handles } = board.session.fake;
  const section = findMapSections(figma.currentPage)[0];
  if (!section) throw new Error('The bench board has no map');
  const map = await readTaggedMapAsync(figma, section, { includeAuthors: false });
  handles.counts.reset();
  return map;
}
