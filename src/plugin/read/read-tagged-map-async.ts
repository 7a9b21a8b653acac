import { NEAR_MAP_MARGIN, assembleMapSnapshots } from '../../core/board/assemble-map-snapshots';
import { attachStamps } from '../../core/board/attach-stamps';
import { attachNoteOrigins } from '../../core/board/note-origin';
import { attachRecordedVotes } from '../../core/board/recorded-votes';
import type { MapSnapshot } from '../../core/board/board-snapshot';
import type { NearMapCandidate } from '../../core/board/find-nearest-map';
import { selectNotesOfMap } from '../../core/board/select-notes-of-map';
import { USER_MESSAGES } from '../../core/shared/user-messages';
import type { FigJamApi, FigJamSection } from '../platform/figjam-api';
import { readMapIdOf } from './find-map-section';
import { PluginError } from '../platform/plugin-error';
import { pauseAsync } from '../platform/pause-async';
import { readMapNotesAsync } from './read-map-notes-async';
import type { ReadMapNotesOptions } from './read-map-notes-async';
import { findMapSections, readMapStructure } from './read-map-structure';
import { readBounds } from './read-bounds';
import { readNotesNearMapAsync } from './read-notes-near-map';
import { readNoteTagsAsync } from './read-note-tags';
import { readStampsAsync } from './read-stamps';

function readOtherMaps(api: FigJamApi, sectionId: string): NearMapCandidate[] {
  return findMapSections(api.currentPage).flatMap((other) => {
    const nodeId = other.id;
    if (nodeId === sectionId) return [];
    const bounds = readBounds(other);
    return bounds ? [{ bounds, nodeId }] : [];
  });
}

/**
 * A map Journey Lanes drew, as a snapshot: its parts, its notes (searched within the map), the notes dropped just
 * outside it, and the stamps on them; known by `knownAs` when the caller found the map by that id.
 */
export async function readTaggedMapAsync(
  api: FigJamApi,
  section: FigJamSection,
  options: ReadMapNotesOptions & { knownAs?: string },
): Promise<MapSnapshot> {
  const structure = readMapStructure(section);
  const mapBounds = structure.tagged[0]!.bounds;
  const mapNodeId = structure.tagged[0]!.id;
  const mapNotes = await readMapNotesAsync(structure, options);
  const { budget } = options;
  // Each page-wide pass below reads thousands of nodes on a big board: the editor gets the thread back between them,
  // and within them whenever the request's budget says so.
  const pauseBetweenAsync = budget ? () => budget.yieldAsync() : pauseAsync;
  await pauseBetweenAsync();
  const nearOptions = { includeAuthors: options.includeAuthors };
  const nearNotes = await readNotesNearMapAsync(api.currentPage, mapBounds, NEAR_MAP_MARGIN, nearOptions, budget);
  await pauseBetweenAsync();
  const stamps = await readStampsAsync(api.currentPage, budget);
  await pauseBetweenAsync();
  const stamped = attachStamps(
    [...mapNotes, ...selectNotesOfMap(nearNotes, { bounds: mapBounds, nodeId: mapNodeId }, nearNotes.length > 0 ? readOtherMaps(api, mapNodeId) : [], NEAR_MAP_MARGIN)],
    stamps,
  );
  await pauseBetweenAsync();
  const stampedIds = new Set(stamped.map((note) => note.id));
  const tags = await readNoteTagsAsync(api.currentPage, stampedIds, budget);
  await pauseBetweenAsync();
  const notes = attachNoteOrigins(attachRecordedVotes(stamped, tags.votes), tags.origins);
  if (budget) await budget.yieldAsync();
  const { maps, problems } = assembleMapSnapshots(structure.tagged, notes, { checkDrawing: true });
  const map = maps[0];
  if (!map) throw new PluginError(problems[0] ?? USER_MESSAGES.noMapFound);
  return { ...map, mapId: options.knownAs ?? readMapIdOf(api, section, map.mapId) };
}
