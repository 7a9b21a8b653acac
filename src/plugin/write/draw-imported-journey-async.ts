import type { Rect } from '../../core/shared/geometry';
import type { FontStyle, MapLayout } from '../../core/template/map-layout';
import { FONT_FAMILY, STICKY_SIZE } from '../../core/template/map-layout';
import { MAP_STYLE } from '../../core/shared/map-style';
import { TAG_KEYS, TAG_NAMESPACE } from '../../core/board/map-tags';
import { findPaletteEntry } from '../../core/shared/nearest-palette-color';
import type { JourneyImport } from '../../core/import/parse-journey-import';
import { listImportedNotes, planImportedNotes } from '../../core/import/plan-imported-notes';
import type { ImportedNoteHome, ListedImportNote } from '../../core/import/plan-imported-notes';
import { formatRecordedVote, parseImportedVote } from '../../core/board/recorded-votes';
import { USER_MESSAGES } from '../../core/shared/user-messages';
import { computeRenderPlan } from '../../core/template/compute-render-plan';
import { fontOf, solidPaints } from '../../core/template/render-style';
import { ChangeLog } from './change-log';
import { createMapId } from './create-map-id';
import type { DrawnMap } from './draw-map-async';
import { drawNewMap } from './draw-map-async';
import type { FigJamApi, FigJamSection, FigJamSticky } from '../platform/figjam-api';
import { loadFontsAsync } from '../platform/load-fonts-async';
import { PluginError } from '../platform/plugin-error';
import { loadMapFontsAsync } from './load-map-fonts-async';
import { tagNode } from './tag-node';
import { stickyKeepsDefaultHeight } from '../../core/import/sticky-keeps-default-height';
import type { YieldBudget } from '../platform/yield-budget';

/** Notes are drawn this many at a time, with a pause and a progress message between. */
export const IMPORT_CHUNK_SIZE = 500;
/** Stickies and shapes write text in Inter Medium by default. */
export const NOTE_FONT_STYLE: FontStyle = 'Medium';
const BADGE_SIZE = { width: 120, height: 48 };
const BADGE_FONT_SIZE = 20;

export interface DrawImportedJourneyOptions {
  layout: MapLayout;
  onStepAsync: (step: { done: number; total: number }) => Promise<void>;
  /** The request's time on the main thread: making and placing notes pause whenever a slice of it is used. */
  budget?: YieldBudget;
}

export interface DrawnJourney {
  map: FigJamSection;
  mapId: string;
  notesAdded: number;
}

function findContainer(drawn: DrawnMap, layout: MapLayout, home: ImportedNoteHome): { section: FigJamSection; rect: Rect } | null {
  if (home.kind === 'persona') return { section: drawn.persona, rect: layout.persona.section };
  if (home.kind === 'beside') return null;
  if (home.kind === 'persona-slot') {
    const slot = drawn.slots?.get(home.slotId);
    const rect = layout.persona.slots?.find((candidate) => candidate.slotId === home.slotId)?.rect;
    return slot && rect ? { section: slot, rect } : null;
  }
  if (home.kind === 'parking-lot') return drawn.parkingLot && layout.parkingLot ? { section: drawn.parkingLot, rect: layout.parkingLot.section } : null;
  const lane = layout.lanes.find((candidate) => candidate.laneId === home.laneId)!;
  return { section: drawn.lanes.get(home.laneId)!, rect: lane.band };
}

/**
 * Draws the map of an import with its notes in their cells. Fonts are loaded first; notes are made in chunks
 * with progress between; a failure anywhere removes everything drawn, so the board is left as it was.
 */
export async function drawImportedJourneyAsync(api: FigJamApi, value: JourneyImport, options: DrawImportedJourneyOptions): Promise<DrawnJourney> {
  const { layout } = options;
  const { spec } = value;
  const plan = computeRenderPlan(spec, layout);
  await loadMapFontsAsync(api, plan, [NOTE_FONT_STYLE]);
  const mapId = createMapId();
  const log = new ChangeLog();
  try {
    const drawn = drawNewMap(api, log, plan, layout, mapId);
    const listed = listImportedNotes(value);
    await drawImportedNotesAsync(api, { drawn, layout, mapId, cellColumns: spec.options.cellColumns }, listed, new Map(), log, options.onStepAsync, options.budget);
    if (value.importKey !== null) drawn.map.setSharedPluginData(TAG_NAMESPACE, TAG_KEYS.importKey, value.importKey);
    api.currentPage.selection = [drawn.map];
    api.viewport.scrollAndZoomIntoView([drawn.map]);
    api.commitUndo();
    return { map: drawn.map, mapId, notesAdded: listed.length };
  } catch (error) {
    log.rollback();
    throw error;
  }
}

export interface NoteTarget {
  drawn: DrawnMap;
  /** The map's layout as drawn now, page coordinates. */
  layout: MapLayout;
  mapId: string;
  cellColumns: number;
}

/**
 * Makes the listed notes (text and colour first, as a sticky grows with its text), then puts each in its cell,
 * after the notes a cell already holds (`occupied`, by home key), with their votes recorded on them.
 */
export async function drawImportedNotesAsync(
  api: FigJamApi,
  target: NoteTarget,
  listed: readonly ListedImportNote[],
  occupied: ReadonlyMap<string, number>,
  log: ChangeLog,
  onStepAsync: DrawImportedJourneyOptions['onStepAsync'],
  budget?: YieldBudget,
): Promise<void> {
  const { drawn, layout, mapId } = target;
  const stickies = await createStickiesAsync(api, listed, log, onStepAsync, budget);
  // A sticky grows with its text; the height is read only of the notes whose text may not fit the default.
  const fontSize = stickies.length === 0 ? 0 : readStickyFontSize(stickies[0]!);
  const heights = stickies.map((sticky, index) =>
    fontSize > 0 && stickyKeepsDefaultHeight(listed[index]!.note.text, fontSize) ? STICKY_SIZE : sticky.height,
  );
  const positions = planImportedNotes(listed, layout, heights, target.cellColumns, occupied);
  // Placed in chunks too, with progress between: placing is as long as making, and FigJam must not freeze.
  for (let start = 0; start < listed.length; start += IMPORT_CHUNK_SIZE) {
    const end = Math.min(listed.length, start + IMPORT_CHUNK_SIZE);
    for (let index = start; index < end; index++) {
      placeNote(index);
      if (budget) await budget.yieldIfDueAsync();
    }
    if (listed.length > IMPORT_CHUNK_SIZE) await onStepAsync({ done: end, total: listed.length });
  }

  function placeNote(index: number): void {
    const entry = listed[index]!;
    const sticky = stickies[index]!;
    const position = positions[index]!;
    const container = findContainer(drawn, layout, entry.home);
    if (container) container.section.appendChild(sticky);
    const origin = container ? container.rect : { x: 0, y: 0 };
    // One write for both coordinates: a new sticky is neither rotated nor scaled.
    sticky.relativeTransform = translation(position.x - origin.x, position.y - origin.y);
    const vote = parseImportedVote(entry.note);
    if (!vote) return;
    const noteId = sticky.id;
    sticky.setSharedPluginData(TAG_NAMESPACE, TAG_KEYS.votes, formatRecordedVote(noteId, vote));
    if (vote.votes > 0) drawVoteBadge(api, { mapId, noteId, votes: vote.votes }, container, position, log);
  }
}

function translation(x: number, y: number): Transform {
  return [
    [1, 0, x],
    [0, 1, y],
  ];
}

/** The size of a sticky's text, when it is one size throughout (it is on a new sticky); 0 when mixed. */
function readStickyFontSize(sticky: FigJamSticky): number {
  const size = sticky.text.fontSize;
  return typeof size === 'number' ? size : 0;
}

/**
 * A sticky's text is written in the font the sticky has, which FigJam chooses (Inter Medium today, by the docs),
 * so the font of the first sticky made is loaded rather than assumed; every sticky made after it has the same.
 */
async function loadStickyFontAsync(api: FigJamApi, sticky: FigJamSticky): Promise<void> {
  const font = sticky.text.fontName;
  // The notes' font was loaded with the map's, before the first change.
  if (typeof font === 'symbol' || (font.family === FONT_FAMILY && font.style === NOTE_FONT_STYLE)) return;
  await loadFontsAsync(api, [font]).catch((error: unknown) => {
    throw new PluginError(USER_MESSAGES.fontUnavailable(error instanceof PluginError ? error.message : font.family));
  });
}

async function createStickiesAsync(
  api: FigJamApi,
  listed: readonly ListedImportNote[],
  log: ChangeLog,
  onStepAsync: DrawImportedJourneyOptions['onStepAsync'],
  budget: YieldBudget | undefined,
): Promise<FigJamSticky[]> {
  const stickies: FigJamSticky[] = [];
  for (let start = 0; start < listed.length; start += IMPORT_CHUNK_SIZE) {
    for (const { note } of listed.slice(start, start + IMPORT_CHUNK_SIZE)) {
      const sticky = log.created(api.createSticky());
      if (stickies.length === 0) await loadStickyFontAsync(api, sticky);
      stickies.push(sticky);
      // The person importing would be shown as the author of every note; the journey's authors are not theirs.
      sticky.authorVisible = false;
      sticky.text.characters = note.text;
      const color = note.color === undefined ? undefined : findPaletteEntry(note.color);
      if (color) sticky.fills = [{ type: 'SOLID', color: color.color }];
      if (budget) await budget.yieldIfDueAsync();
    }
    if (listed.length > IMPORT_CHUNK_SIZE) await onStepAsync({ done: stickies.length, total: listed.length });
  }
  return stickies;
}

/** A small label over the note's top-right corner; the votes themselves are in the map's recorded votes. */
function drawVoteBadge(
  api: FigJamApi,
  badge: { mapId: string; noteId: string; votes: number },
  container: { section: FigJamSection; rect: Rect } | null,
  notePosition: { x: number; y: number },
  log: ChangeLog,
): void {
  const shape = log.created(api.createShapeWithText());
  shape.shapeType = 'ROUNDED_RECTANGLE';
  if (container) container.section.appendChild(shape);
  const origin = container ? container.rect : { x: 0, y: 0 };
  shape.relativeTransform = translation(notePosition.x + STICKY_SIZE - BADGE_SIZE.width / 2 - origin.x, notePosition.y - BADGE_SIZE.height / 2 - origin.y);
  shape.resize(BADGE_SIZE.width, BADGE_SIZE.height);
  shape.fills = solidPaints(MAP_STYLE.voteBadgeFill);
  // The sublayer is read once: every read of `text` is a crossing of its own.
  const text = shape.text;
  text.fontName = fontOf(NOTE_FONT_STYLE);
  text.fontSize = BADGE_FONT_SIZE;
  text.characters = USER_MESSAGES.voteCount(badge.votes);
  text.fills = solidPaints(MAP_STYLE.voteBadgeText);
  tagNode(shape, { role: 'vote-badge', mapId: badge.mapId, noteId: badge.noteId });
}
