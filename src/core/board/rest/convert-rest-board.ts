import type { NoteSnapshot } from '../board-snapshot';
import { parseNoteOrigin } from '../note-origin';
import { parseRecordedVote } from '../recorded-votes';
import type { BoardNode } from '../board-node';
import { isBoardNodeType } from '../board-node';
import type { Rect } from '../../shared/geometry';
import { attachStamps } from '../attach-stamps';
import type { StampSnapshot } from '../attach-stamps';
import { EXPORTED_ROLES, TAG_KEYS, TAG_NAMESPACE, isMapRole } from '../map-tags';
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

/** The same roles the plugin reads back: cells, instructions and the emotion scale are only drawing. */
const ROLES_READ = EXPORTED_ROLES;

interface PageReading {
  page: RestBoardPage;
  stamps: StampSnapshot[];
}

const EMPTY_BOUNDS: Rect = { x: 0, y: 0, width: 0, height: 0 };

function readBounds(node: RestNode): Rect | null {
  const box = node.absoluteBoundingBox;
  return box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null;
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
    laneId: role === 'lane' ? tags[TAG_KEYS.laneId] || null : null,
    stageId: role === 'stage' ? tags[TAG_KEYS.stageId] || null : null,
    spec: role === 'map' ? tags[TAG_KEYS.spec] || null : null,
    text: readText(node),
    bounds,
    parentId,
    ...(role === 'persona-slot' ? { slotId: tags[TAG_KEYS.slotId] || null } : {}),
  };
}

function readColor(node: RestNode): string | null {
  const solid = node.fills?.find((paint) => paint.type === 'SOLID' && paint.visible !== false && paint.color);
  return solid?.color ? nearestPaletteColor(solid.color) : null;
}

function readNote(node: RestNode, bounds: Rect, sectionId: string | null): NoteSnapshot {
  // The REST file has no author name; stamps are added from their overlap once the whole page is read.
  const note: NoteSnapshot = { id: node.id, text: node.characters ?? '', bounds, color: readColor(node), author: null, parentId: sectionId, stamps: [] };
  const tags = readTags(node);
  const recordedVote = parseRecordedVote(tags?.[TAG_KEYS.votes], node.id);
  if (recordedVote) note.recordedVote = recordedVote;
  const keptFrom = parseNoteOrigin(tags?.[TAG_KEYS.keptFrom]);
  if (keptFrom) note.keptFrom = keptFrom;
  return note;
}

interface PendingVisit {
  node: RestNode;
  parentId: string | null;
  sectionId: string | null;
}

/**
 * `parentId` is the direct parent (for tagged nodes and board nodes); `sectionId` the nearest section around,
 * which is what the plugin reports as a note's container. Walked with an explicit stack in file order, so a page
 * nested thousands of levels deep is read without a stack overflow.
 */
function visitNodes(roots: readonly RestNode[], reading: PageReading): void {
  const stack: PendingVisit[] = roots.map((node) => ({ node, parentId: null, sectionId: null })).reverse();
  while (stack.length > 0) {
    const { node, parentId, sectionId } = stack.pop()!;
    if (node.visible === false) continue;
    const bounds = readBounds(node);
    if (bounds) {
      const tags = readTags(node);
      const role = tags?.[TAG_KEYS.role];
      if (tags && role !== undefined && isMapRole(role) && ROLES_READ.has(role)) {
        reading.page.tagged.push(readTaggedNode(node, role, tags, bounds, parentId));
      }
      if (node.type === 'STICKY') reading.page.notes.push(readNote(node, bounds, sectionId));
      // STAMP is not in the REST spec's node union, but FigJam files hold them; the REST file has no `stuckNodes`.
      if (node.type === 'STAMP') reading.stamps.push({ name: node.name ?? '', stuckToId: null, bounds });
      if (isBoardNodeType(node.type)) {
        reading.page.nodes.push({ id: node.id, type: node.type, text: readText(node), bounds, parentId });
      }
    }
    // Figma writes `absoluteBoundingBox: null` for some nodes; a sticky without one is still a note, exported as such.
    if (!bounds && node.type === 'STICKY') reading.page.notes.push({ ...readNote(node, EMPTY_BOUNDS, sectionId), boundsMissing: true });
    const childSectionId = node.type === 'SECTION' ? node.id : sectionId;
    const children = node.children ?? [];
    for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index]!, parentId: node.id, sectionId: childSectionId });
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
