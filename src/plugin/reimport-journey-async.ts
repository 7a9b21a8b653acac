import type { ImportedNoteHome, ListedImportNote } from '../core/plan-imported-notes';
import { homeKey, listImportedNotes } from '../core/plan-imported-notes';
import { placeNotes } from '../core/place-notes';
import { planMapUpdate } from '../core/plan-map-update';
import type { JourneyImport } from '../core/parse-journey-import';
import { TAG_KEYS, TAG_NAMESPACE } from '../core/map-tags';
import { formatRecordedVotes, parseRecordedVotes } from '../core/recorded-votes';
import type { MapSnapshot } from '../core/board-snapshot';
import { applyMapRearrangementAsync } from './apply-map-rearrangement-async';
import type { DrawnMap, DrawnNode } from './draw-map-async';
import { loadMapFontsAsync, removeDrawnNodes } from './draw-map-async';
import { NOTE_FONT_STYLE, drawImportedNotesAsync } from './draw-imported-journey-async';
import type { DrawImportedJourneyOptions } from './draw-imported-journey-async';
import type { FigJamApi, FigJamSection } from './figjam-api';
import { readMapForEditAsync } from './read-map-for-edit-async';
import { readMapStructure } from './read-map-structure';
import { readTaggedMapAsync } from './read-tagged-map-async';

export interface ReimportResult {
  mapId: string;
  notesAdded: number;
  notesKept: number;
}

/** How many notes each cell, the persona and the space beside the map hold now, by home key. */
function countOccupied(map: MapSnapshot): Map<string, number> {
  const placement = placeNotes(map);
  const occupied = new Map<string, number>();
  const add = (home: ImportedNoteHome, count: number) => occupied.set(homeKey(home), (occupied.get(homeKey(home)) ?? 0) + count);
  placement.cells.forEach((lanes, stageIndex) =>
    lanes.forEach((notes, laneIndex) => add({ kind: 'cell', laneId: map.lanes[laneIndex]!.id, stageId: map.stages[stageIndex]!.id }, notes.length)),
  );
  add({ kind: 'persona' }, placement.persona.length);
  add({ kind: 'beside' }, placement.unplaced.length);
  return occupied;
}

/** A note of the journey whose text is on the map already is that note, wherever people put it. */
function findNewNotes(listed: readonly ListedImportNote[], map: MapSnapshot): ListedImportNote[] {
  const onBoard = new Map<string, number>();
  for (const note of map.notes) onBoard.set(note.text, (onBoard.get(note.text) ?? 0) + 1);
  return listed.filter(({ note }) => {
    const count = onBoard.get(note.text) ?? 0;
    if (count === 0) return true;
    onBoard.set(note.text, count - 1);
    return false;
  });
}

function readDrawnMap(section: FigJamSection): DrawnMap {
  const structure = readMapStructure(section);
  const lanes = new Map<string, FigJamSection>();
  let persona: FigJamSection | undefined;
  for (const node of structure.tagged) {
    const container = structure.containers.get(node.id);
    if (!container) continue;
    if (node.role === 'lane' && node.laneId !== null) lanes.set(node.laneId, container);
    if (node.role === 'persona') persona = container;
  }
  return { map: section, persona: persona ?? section, lanes };
}

/**
 * Importing a journey again updates the map its first import drew: stages and lanes follow the journey (notes
 * of removed ones are kept beside the map), notes already on the map stay where people put them, and notes the
 * map lacks are added to their cells after the notes there. Never deletes a note. One undo step.
 */
export async function reimportJourneyAsync(
  api: FigJamApi,
  section: FigJamSection,
  value: JourneyImport,
  onStepAsync: DrawImportedJourneyOptions['onStepAsync'],
): Promise<ReimportResult> {
  const mapId = section.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.mapId);
  const { map } = await readMapForEditAsync(api, mapId);
  const plan = planMapUpdate(map, value.spec, true);
  if (plan.kind !== 'apply') throw new Error('A re-import keeps notes beside the map without asking');
  const { layout } = plan.rearrangement;
  await loadMapFontsAsync(api, layout, [NOTE_FONT_STYLE]);
  await applyMapRearrangementAsync(api, section, map, plan.rearrangement, { commitUndo: false });

  const updated = await readTaggedMapAsync(api, section, { includeAuthors: false });
  const listed = listImportedNotes(value);
  const added = findNewNotes(listed, updated);
  const created: DrawnNode[] = [];
  try {
    const target = { drawn: readDrawnMap(section), layout, mapId, cellColumns: value.spec.options.cellColumns };
    const votes = await drawImportedNotesAsync(api, target, added, countOccupied(updated), created, onStepAsync);
    if (votes.size > 0) {
      const recorded = new Map(parseRecordedVotes(section.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.votes) || null));
      for (const [noteId, vote] of votes) recorded.set(noteId, vote);
      section.setSharedPluginData(TAG_NAMESPACE, TAG_KEYS.votes, formatRecordedVotes(recorded));
    }
  } catch (error) {
    removeDrawnNodes(created);
    throw error;
  }
  api.currentPage.selection = [section];
  api.viewport.scrollAndZoomIntoView([section]);
  api.commitUndo();
  return { mapId, notesAdded: added.length, notesKept: listed.length - added.length };
}
