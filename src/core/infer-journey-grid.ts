import { NEAR_MAP_MARGIN } from './assemble-map-snapshots';
import type { MapSnapshot, NoteSnapshot } from './board-snapshot';
import type { BoardNode } from './board-node';
import { createInferredMapSnapshot } from './create-inferred-map-snapshot';
import { findAlignedGroups } from './find-aligned-groups';
import type { AlignmentAxis } from './find-aligned-groups';
import type { Rect } from './geometry';
import { rectBottom, rectCenter, rectContainsPoint, rectContainsRect, rectRight } from './geometry';
import { inferTableGrid } from './infer-table-grid';
import type { InferredGrid, InferredTrack, Span } from './inferred-grid';
import { matchLaneLabel } from './lane-vocabulary';
import { USER_MESSAGES } from './user-messages';
import { firstLine } from './first-line';

export interface InferredJourneyGrids {
  /** Tables first, then drawn grids top to bottom as found. */
  maps: MapSnapshot[];
  /** Why nothing was recognised, saying what was found; empty when a map was. */
  problems: string[];
}

/** A board holds a few maps at most; the limit keeps a board full of aligned notes from taking long. */
const MAX_GRIDS = 12;
/** How far a label column may sit left of the first stage, or a first lane below the header row. */
const MAX_GRID_GAP = 480;
/** How far above a grid a text may be and still be its title. */
const MAX_TITLE_DISTANCE = 400;

const isSection = (node: BoardNode) => node.type === 'SECTION';
const centerX = (node: BoardNode) => node.bounds.x + node.bounds.width / 2;
const centerY = (node: BoardNode) => node.bounds.y + node.bounds.height / 2;

/** A section's label is its name at its top-left corner: rows align sections by their top, others by centre. */
const ROW_AXIS: AlignmentAxis<BoardNode> = {
  key: (node) => (isSection(node) ? node.bounds.y : centerY(node)),
  tolerance: (a, b) => Math.max(6, 0.25 * Math.min(headerHeight(a), headerHeight(b))),
  start: (node) => node.bounds.x,
  end: (node) => rectRight(node.bounds),
};

const COLUMN_AXIS: AlignmentAxis<BoardNode> = {
  key: (node) => node.bounds.x,
  tolerance: (a, b) => Math.max(6, 0.15 * Math.min(labelWidth(a), labelWidth(b))),
  start: (node) => node.bounds.y,
  end: (node) => rectBottom(node.bounds),
};

function headerHeight(node: BoardNode): number {
  return isSection(node) ? 96 : node.bounds.height;
}

function labelWidth(node: BoardNode): number {
  return isSection(node) ? 160 : node.bounds.width;
}

/** Where a header's own box ends downwards: a section's name sits on its top edge. */
function headerBottom(node: BoardNode): number {
  return isSection(node) ? node.bounds.y : rectBottom(node.bounds);
}

/** Where a label's own box ends to the right: a lane section reaches across the stages. */
function labelRight(node: BoardNode): number {
  return isSection(node) ? node.bounds.x : rectRight(node.bounds);
}

const knownLabels = new WeakMap<BoardNode, boolean>();

/** Whether the vocabulary knows the node's text as a lane; asked many times per node while pairing, so kept. */
function isKnownLabel(node: BoardNode): boolean {
  let known = knownLabels.get(node);
  if (known === undefined) {
    known = matchLaneLabel(node.text) !== null;
    knownLabels.set(node, known);
  }
  return known;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Spans of headers along one axis, widened to the midpoints between neighbours (headers narrower than their
 * columns), and outwards by half the usual gap, never before `floor`.
 */
function computeSpans(extents: readonly Span[], floor: number): Span[] {
  const gaps = extents.slice(1).map((extent, index) => Math.max(0, extent.start - extents[index]!.end));
  const outerGap = extents.length > 1 ? median(gaps) / 2 : Math.max(0, extents[0]!.start - floor);
  return extents.map((extent, index) => {
    const previous = extents[index - 1];
    const next = extents[index + 1];
    const start = previous ? (previous.end + extent.start) / 2 : Math.min(extent.start, Math.max(floor, extent.start - outerGap));
    const end = next ? (extent.end + next.start) / 2 : extent.end + outerGap;
    return { start, end };
  });
}

interface GridCandidate {
  headers: BoardNode[];
  labels: BoardNode[];
  score: number;
  headerGap: number;
}

function scoreLabel(label: BoardNode): number {
  return 1 + (isKnownLabel(label) ? 2 : 0) + (label.type === 'STICKY' ? 0 : 1);
}

/** A row of headers in the gap between two labels is the next map's header row: the column stops there. */
function hasHeaderRowBetween(rows: readonly BoardNode[][], top: number, bottom: number, firstHeader: BoardNode): boolean {
  return rows.some(
    (row) =>
      row.every((node) => node.type !== 'STICKY' && node.bounds.y >= top && rectBottom(node.bounds) <= bottom) &&
      Math.abs(row[0]!.bounds.x - firstHeader.bounds.x) <= Math.max(24, firstHeader.bounds.width / 2),
  );
}

function evaluatePair(row: readonly BoardNode[], column: readonly BoardNode[], rows: readonly BoardNode[][]): GridCandidate | null {
  const isBelow = (node: BoardNode, bottom: number) => node.bounds.y >= bottom - 0.1 * node.bounds.height;
  const rowBottomAll = Math.max(...row.map(headerBottom));
  const columnBelow = column.filter((node) => isBelow(node, rowBottomAll));
  if (columnBelow.length === 0) return null;
  // Only the part of the column below the row counts: a title above it may share the labels' left edge.
  const columnRight = Math.max(...columnBelow.map(labelRight));
  const headers = row.filter((node) => centerX(node) > columnRight);
  if (headers.length < 2) return null;
  const firstHeader = headers[0]!;
  const rowBottom = Math.max(...headers.map(headerBottom));
  const below = columnBelow.filter(
    (node) =>
      isBelow(node, rowBottom) &&
      (isSection(node) ? node.bounds.x <= firstHeader.bounds.x + 24 : centerX(node) < firstHeader.bounds.x),
  );
  if (below.length === 0) return null;
  const labelHeight = median(below.map((node) => node.bounds.height));
  const headerGap = below[0]!.bounds.y - rowBottom;
  if (headerGap > Math.max(MAX_GRID_GAP, 3 * labelHeight)) return null;
  if (firstHeader.bounds.x - columnRight > Math.max(MAX_GRID_GAP, 2 * median(headers.map((node) => node.bounds.width)))) return null;
  const labels = [below[0]!];
  for (const label of below.slice(1)) {
    const previousBottom = rectBottom(labels[labels.length - 1]!.bounds);
    if (label.bounds.y - previousBottom > Math.max(MAX_GRID_GAP, 3 * labelHeight)) break;
    if (hasHeaderRowBetween(rows, previousBottom, label.bounds.y, firstHeader)) break;
    labels.push(label);
  }
  // A wall of notes is not a journey map: without one known lane name, the grid must be drawn with shapes or text.
  const knowsALane = labels.some(isKnownLabel);
  if (!knowsALane && (labels.length === 1 || [...labels, ...headers].every((node) => node.type === 'STICKY'))) return null;
  const score = labels.reduce((sum, label) => sum + scoreLabel(label), 0);
  return { headers, labels, score, headerGap };
}

/** Most (and best-known) labels first; among rows above them, the closest; then the most headers. */
function isBetter(candidate: GridCandidate, best: GridCandidate | null): boolean {
  if (!best) return true;
  if (candidate.score !== best.score) return candidate.score > best.score;
  if (candidate.headerGap !== best.headerGap) return candidate.headerGap < best.headerGap;
  return candidate.headers.length > best.headers.length;
}

function findBestGrid(candidates: readonly BoardNode[]): GridCandidate | null {
  const rows = findAlignedGroups(candidates, ROW_AXIS, 2);
  const columns = findAlignedGroups(candidates, COLUMN_AXIS, 1).filter(
    (column) => column.length >= 2 || isKnownLabel(column[0]!),
  );
  let best: GridCandidate | null = null;
  for (const row of rows) {
    for (const column of columns) {
      const candidate = evaluatePair(row, column, rows);
      if (candidate && isBetter(candidate, best)) best = candidate;
    }
  }
  return best;
}

function createGrid(found: GridCandidate): InferredGrid {
  const { headers, labels } = found;
  const labelColumnRight = Math.max(...labels.map(labelRight));
  const rowBottom = Math.max(...headers.map(headerBottom));
  const stageSpans = computeSpans(
    headers.map((node) => ({ start: node.bounds.x, end: rectRight(node.bounds) })),
    labelColumnRight,
  );
  const laneSpans = computeSpans(
    labels.map((node) => ({ start: node.bounds.y, end: rectBottom(node.bounds) })),
    rowBottom,
  );
  const track = (node: BoardNode, span: Span): InferredTrack => ({ name: firstLine(node.text), nodeId: node.id, span });
  return {
    idSource: headers[0]!.id,
    nodeId: null,
    title: null,
    stages: headers.map((node, index) => track(node, stageSpans[index]!)),
    lanes: labels.map((node, index) => track(node, laneSpans[index]!)),
    top: Math.min(...headers.map((node) => node.bounds.y)),
    left: Math.min(...labels.map((node) => node.bounds.x)),
    structureIds: new Set([...headers, ...labels].map((node) => node.id)),
    ownNotes: [],
  };
}

function gridBounds(grid: InferredGrid): Rect {
  const right = grid.stages[grid.stages.length - 1]!.span.end;
  const bottom = grid.lanes[grid.lanes.length - 1]!.span.end;
  return { x: grid.left, y: grid.top, width: right - grid.left, height: bottom - grid.top };
}

/** The section around the grid names it; without one, the nearest text just above it. */
function nameGrid(grid: InferredGrid, nodes: readonly BoardNode[]): InferredGrid {
  const bounds = gridBounds(grid);
  const outside = nodes.filter((node) => !grid.structureIds.has(node.id) && node.id !== grid.nodeId);
  const sections = outside
    .filter((node) => isSection(node) && rectContainsRect(node.bounds, bounds))
    .sort((a, b) => a.bounds.width * a.bounds.height - b.bounds.width * b.bounds.height);
  const section = sections[0];
  if (section) return { ...grid, nodeId: grid.nodeId ?? section.id, title: firstLine(section.text) || null };
  const above = outside
    .filter(
      (node) =>
        (node.type === 'TEXT' || node.type === 'SHAPE_WITH_TEXT') &&
        firstLine(node.text) !== '' &&
        rectBottom(node.bounds) <= bounds.y &&
        rectBottom(node.bounds) >= bounds.y - MAX_TITLE_DISTANCE &&
        node.bounds.x < rectRight(bounds) &&
        rectRight(node.bounds) > bounds.x,
    )
    .sort((a, b) => rectBottom(b.bounds) - rectBottom(a.bounds));
  return { ...grid, title: above[0] ? firstLine(above[0].text) : null };
}

/**
 * Nodes that can be a header or a label: text on a shape, a text, a note, or a section's name. A section that
 * holds shapes or texts of its own is a frame around a grid (or around a column), not a label.
 */
function selectStructureCandidates(nodes: readonly BoardNode[], tables: readonly BoardNode[]): BoardNode[] {
  const inTable = (node: BoardNode) => tables.some((table) => rectContainsPoint(table.bounds, rectCenter(node.bounds)));
  const texts = nodes.filter(
    (node) => (node.type === 'SHAPE_WITH_TEXT' || node.type === 'TEXT' || node.type === 'STICKY') && firstLine(node.text) !== '' && !inTable(node),
  );
  const framed = texts.filter((node) => node.type !== 'STICKY');
  const sections = nodes.filter(
    (node) =>
      isSection(node) &&
      firstLine(node.text) !== '' &&
      !inTable(node) &&
      !framed.some((inner) => rectContainsRect(node.bounds, inner.bounds)),
  );
  return [...texts, ...sections];
}

function gapBetween(a: Rect, b: Rect): number {
  const x = Math.max(0, b.x - rectRight(a), a.x - rectRight(b));
  const y = Math.max(0, b.y - rectBottom(a), a.y - rectBottom(b));
  return x >= NEAR_MAP_MARGIN || y >= NEAR_MAP_MARGIN ? Infinity : Math.hypot(x, y);
}

/** As for drawn maps: the smallest map holding the note's centre, else the nearest one it lies close to. */
function findMapOfNote(note: NoteSnapshot, maps: readonly MapSnapshot[]): MapSnapshot | null {
  const centre = rectCenter(note.bounds);
  const containing = maps
    .filter((map) => rectContainsPoint(map.bounds, centre))
    .sort((a, b) => a.bounds.width * a.bounds.height - b.bounds.width * b.bounds.height);
  if (containing[0]) return containing[0];
  let nearest: MapSnapshot | null = null;
  let nearestGap = Infinity;
  for (const map of maps) {
    const gap = gapBetween(note.bounds, map.bounds);
    if (gap < nearestGap) {
      nearest = map;
      nearestGap = gap;
    }
  }
  return nearest;
}

function describeWhatWasFound(candidates: readonly BoardNode[]): string {
  const rows = findAlignedGroups(candidates, ROW_AXIS, 2);
  const headers = Math.max(0, ...rows.map((row) => row.length));
  const labels = candidates.filter(isKnownLabel).length;
  return USER_MESSAGES.gridNotFound(headers, labels);
}

/**
 * Journey grids on a board Journey Lanes did not draw: FigJam tables (first row stages, first column lanes), and
 * drawn grids: a row of stage headers, a column of lane labels left of the first stage and below the row, notes
 * in between. Lanes are named from a multilingual vocabulary; labels it does not know become custom lanes.
 */
export function inferJourneyGrids(nodes: readonly BoardNode[], notes: readonly NoteSnapshot[]): InferredJourneyGrids {
  const tables = nodes.filter((node) => node.type === 'TABLE');
  const grids: InferredGrid[] = [];
  for (const table of tables) {
    const grid = inferTableGrid(table, nodes);
    if (grid) grids.push(grid);
  }
  let candidates = selectStructureCandidates(nodes, tables);
  const allCandidates = candidates;
  while (grids.length < MAX_GRIDS) {
    const found = findBestGrid(candidates);
    if (!found) break;
    const grid = createGrid(found);
    grids.push(grid);
    const taken = gridBounds(grid);
    candidates = candidates.filter((node) => !grid.structureIds.has(node.id) && !rectContainsPoint(taken, rectCenter(node.bounds)));
  }
  if (grids.length === 0) return { maps: [], problems: [describeWhatWasFound(allCandidates)] };
  const maps = grids.map((grid) => createInferredMapSnapshot(nameGrid(grid, nodes)));
  const structureIds = new Set(grids.flatMap((grid) => [...grid.structureIds]));
  for (const note of notes) {
    if (!structureIds.has(note.id)) findMapOfNote(note, maps)?.notes.push(note);
  }
  return { maps, problems: [] };
}
