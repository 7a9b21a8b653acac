import { NEAR_MAP_MARGIN, assembleMapSnapshots } from '../../src/core/assemble-map-snapshots';
import { attachStamps } from '../../src/core/attach-stamps';
import type { MapSnapshot } from '../../src/core/board-snapshot';
import { findMapSections, readMapStructure } from '../../src/plugin/read-map-structure';
import { readMapNotesAsync } from '../../src/plugin/read-map-notes-async';
import { readNotesNearMap } from '../../src/plugin/read-notes-near-map';
import { readStamps } from '../../src/plugin/read-stamps';
import type { BenchBoard } from './build-bench-board-async';

/**
 * The map of a bench board as plain snapshots, read with the plugin's own readers in the order the export uses
 * them, so that the pure placement can be timed on exactly what the export places.
 */
export async function readBenchMapSnapshotAsync(board: BenchBoard): Promise<MapSnapshot> {
  const { figma, handles } = board.session.fake;
  const section = findMapSections(figma.currentPage)[0];
  if (!section) throw new Error('The bench board has no map');
  const structure = readMapStructure(section);
  const mapBounds = structure.tagged[0]!.bounds;
  const mapNotes = await readMapNotesAsync(structure, { includeAuthors: false });
  const notes = attachStamps(
    [...mapNotes, ...readNotesNearMap(figma.currentPage, mapBounds, NEAR_MAP_MARGIN, { includeAuthors: false })],
    readStamps(figma.currentPage),
  );
  const { maps, problems } = assembleMapSnapshots(structure.tagged, notes);
  handles.counts.reset();
  if (!maps[0]) throw new Error(problems[0] ?? 'The bench map could not be read');
  return maps[0];
}
