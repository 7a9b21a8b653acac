import type { NoteSnapshot } from '../board-snapshot';
import { parseNoteOrigin } from '../note-origin';
import { parseRecordedVote } from '../recorded-votes';
import type { BoardNode } from '../board-node';
import { isBoardNodeType } from '../board-node';
import type { Rect } from '../../shared/geometry';
import { attachStamps } from '../attach-stamps';
import type { StampSnapshot } from '../attach-stamps';
import { CHECKED_DRAWING_ROLES, EXPORTED_ROLES, TAG_KEYS, TAG_NAMESPACE, isMapRole } from '../map-tags';
import type { MapRole } from '../map-tags';
import { nearestPaletteColor } from '../../shared/nearest-palette-color';
import type { RestFile, RestNode } from './rest-file-schema';
import type { TaggedNode } from '../tagged-node';

/** One page of a REST file as plain data: the same snapshots the plugin reads from live nodes. */
export interface RestBoardPage {
  pageId: string;
  name: string;
  /** Journey Lanes' own map structure, from the shared plugin data. Empty when the file was fetched without it. */
  tagged: TaggedNode[];
  /** Every visible sticky on the page. */
  notes: NoteSnapshot[];
  /** Every visible node grid inference may use (stickies included), for pages without a tagged map. */
  nodes: BoardNode[];
  /** STAMP nodes on the page. They are not in Figma's published REST schema: none may mean none were sent. */
  stampCount: number;
}

/**
 * The same roles the plugin reads back: the parts the export reads, and the cells and instructions it checks are
 * there; the emotion scale and curve are only drawing.
 */
const ROLES_READ: ReadonlySet<MapRole> = new Set<MapRole>([...EXPORTED_ROLES, ...CHECKED_DRAWING_ROLES]);

interface PageReading {
  page: RestBoardPage;
  stamps: StampSnapshot[];
}

const EMPTY_BOUNDS: Rect = { x: 0, y: 0, width: 0, height: 0 };

/**
 * The node's box as it is in the file, not a copy: boxes are never changed once read, and a copy for each of tens
 * of thousands of nodes only gives the garbage collector work.
 */
function readBounds(node: RestNode): Rect | null {
  return node.absoluteBoundingBox ?? null;
}

/** Text nodes, shapes, stickies and table cells carry `characters`; a section shows its name; a table nothing. */
function readText(node: RestNode): string {
  if (node.characters !== undefined) return node.characters;
  return node.type === 'SECTION' ? (node.name ?? '') : '';
}

function readTags(node: RestNode): Readonly<Record<string, string>> | undefined {
  return node.sharedPluginData?.[TAG_NAMESPACE];
}

function readTaggedNode(node: RestNode, role: MapRole, tags: Readonly<Record<string, string>>, bounds: Rect, parentId: string | null): TaggedNode {
  return {
    id: node.id,
    role,
    mapId: tags[TAG_KEYS.mapId] ?? '',
    laneId: role === 'lane' || role === 'cell' || role === 'instruction' ? tags[TAG_KEYS.laneId] || null : null,
    stageId: role === 'stage' || role === 'cell' ? tags[TAG_KEYS.stageId] || null : null,
    spec: role === 'map' ? tags[TAG_KEYS.spec] || null : null,
    text: readText(node),
    bounds,
    parentId,
    ...(role === 'persona-slot' ? { slotId: tags[TAG_KEYS.slotId] || null } : {}),
  };
}

type RestColor = NonNullable<NonNullable<RestNode['fills']>[number]['color']>;

/** How many colours the namer keeps: a board's stickies share a handful; beyond that each is named afresh. */
const NAMED_COLORS_KEPT = 32;

/**
 * The palette name of each colour met, kept by its channels (compared as numbers, no key built): the nearest
 * palette entry is the same for the same channels, and stickies share a handful of colours.
 */
function createColorNamer(): (color: RestColor) => string {
  const seen: Array<{ r: number; g: number; b: number; name: string }> = [];
  return (color) => {
    for (const entry of seen) if (entry.r === color.r && entry.g === color.g && entry.b === color.b) return entry.name;
    const name = nearestPaletteColor(color);
    if (seen.length < NAMED_COLORS_KEPT) seen.push({ r: color.r, g: color.g, b: color.b, name });
    return name;
  };
}

/** The first visible solid fill's colour, named; a loop rather than a search with a function made for each note. */
function readColor(node: RestNode, nameColor: (color: RestColor) => string): string | null {
  for (const paint of node.fills ?? []) {
    if (paint.type === 'SOLID' && paint.visible !== false && paint.color) return nameColor(paint.color);
  }
  return null;
}

function readNote(node: RestNode, bounds: Rect, sectionId: string | null, nameColor: (color: RestColor) => string): NoteSnapshot {
  // The REST file has no author name; stamps are added from their overlap once the whole page is read.
  const note: NoteSnapshot = { id: node.id, text: node.characters ?? '', bounds, color: readColor(node, nameColor), author: null, parentId: sectionId, stamps: [] };
  const tags = readTags(node);
  const recordedVote = parseRecordedVote(tags?.[TAG_KEYS.votes], node.id);
  if (recordedVote) note.recordedVote = recordedVote;
  const keptFrom = parseNoteOrigin(tags?.[TAG_KEYS.keptFrom]);
  if (keptFrom) note.keptFrom = keptFrom;
  return note;
}

/**
 * `parentId` is the direct parent (for tagged nodes and board nodes); `sectionId` the nearest section around,
 * which is what the plugin reports as a note's container. Walked with an explicit stack in file order, so a page
 * nested thousands of levels deep is read without a stack overflow.
 */
function visitNodes(roots: readonly RestNode[], reading: PageReading): void {
  // Three stacks side by side rather than an object for each of tens of thousands of nodes.
  const nodes: RestNode[] = [...roots].reverse();
  const parentIds: Array<string | null> = nodes.map(() => null);
  const sectionIds: Array<string | null> = nodes.map(() => null);
  const nameColor = createColorNamer();
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const parentId = parentIds.pop()!;
    const sectionId = sectionIds.pop()!;
    if (node.visible === false) continue;
    const bounds = readBounds(node);
    if (bounds) {
      const tags = readTags(node);
      const role = tags?.[TAG_KEYS.role];
      if (tags && role !== undefined && isMapRole(role) && ROLES_READ.has(role)) {
        reading.page.tagged.push(readTaggedNode(node, role, tags, bounds, parentId));
      }
      if (node.type === 'STICKY') reading.page.notes.push(readNote(node, bounds, sectionId, nameColor));
      // STAMP is not in the REST spec's node union, but FigJam files hold them; the REST file has no `stuckNodes`.
      if (node.type === 'STAMP') reading.stamps.push({ name: node.name ?? '', stuckToId: null, bounds });
      if (isBoardNodeType(node.type)) {
        reading.page.nodes.push({ id: node.id, type: node.type, text: readText(node), bounds, parentId });
      }
    }
    // Figma writes `absoluteBoundingBox: null` for some nodes; a sticky without one is still a note, exported as such.
    if (!bounds && node.type === 'STICKY') reading.page.notes.push({ ...readNote(node, EMPTY_BOUNDS, sectionId, nameColor), boundsMissing: true });
    const childSectionId = node.type === 'SECTION' ? node.id : sectionId;
    const children = node.children ?? [];
    for (let index = children.length - 1; index >= 0; index--) {
      nodes.push(children[index]!);
      parentIds.push(node.id);
      sectionIds.push(childSectionId);
    }
  }
}

export function convertRestPage(page: RestNode): RestBoardPage {
  const reading: PageReading = {
    page: { pageId: page.id, name: page.name ?? '', tagged: [], notes: [], nodes: [], stampCount: 0 },
    stamps: [],
  };
  visitNodes(page.children ?? [], reading);
  return { ...reading.page, notes: attachStamps(reading.page.notes, reading.stamps), stampCount: reading.stamps.length };
}

/** Every page (CANVAS) of the file, in file order. */
export function convertRestBoard(file: RestFile): RestBoardPage[] {
  return file.document.children.filter((page) => page.type === 'CANVAS').map(convertRestPage);
}
