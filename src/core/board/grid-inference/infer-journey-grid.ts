import { NEAR_MAP_MARGIN } from '../assemble-map-snapshots';
import type { MapSnapshot, NoteSnapshot } from '../board-snapshot';
import { findNearestMap } from '../find-nearest-map';
import type { BoardNode } from '../board-node';
import { computeBandSpans } from './compute-band-spans';
import type { NoteExtents } from './compute-band-spans';
import { createInferredMapSnapshot } from './create-inferred-map-snapshot';
import { continuesLabelColumn, indexNoteRows, isWithinFirstBand, readHeaderReach } from './continue-label-column';
import type { LabelColumnRun, NoteRows } from './continue-label-column';
import { findAlignedGroups } from './find-aligned-groups';
import { keepGridsApart, readGridArea } from './keep-grids-apart';
import { findMapOfLeftOutNote, readCandidateNoteArea } from './find-map-of-left-out-note';
import { endColumnAtTitle, isTitleOfHeaderRowBelow } from './is-title-of-header-row';
import { findUntaggedPersonas } from './find-untagged-personas';
import { findUntaggedParkingLots } from './find-untagged-parking-lots';
import { keepHeaderRun } from './keep-header-run';
import { isLaneWordColumn } from './lane-word-share';
import { createSectionFrames, dropNodesInLaneSections, keepInsideFrame } from './section-frames';
import type { SectionFrames } from './section-frames';
import type { AlignmentAxis } from './find-aligned-groups';
import type { Rect } from '../../shared/geometry';
import { rectBottom, rectCenter, rectContainsPoint, rectContainsRect, rectRight, rectsOverlap } from '../../shared/geometry';
import { inferTableGrid } from './infer-table-grid';
import type { InferredGrid, InferredTrack, Span } from './inferred-grid';
import { matchLaneLabel, readLaneName } from './lane-vocabulary';
import { CUSTOM_LANE_INSTRUCTION, LANE_PRESETS } from '../../template/presets';
import { isKnownStageHeader, readStageName } from './stage-vocabulary';
import { LINE_BREAK, readFirstLine } from '../../shared/split-text-lines';
import { USER_MESSAGES } from '../../shared/user-messages';

export interface InferredJourneyGrids {
  /** Grids with journey evidence (or chosen), most evidence first. */
  maps: MapSnapshot[];
  /**
   * Grids that show no journey evidence (a table of field specs, a legend): not journey maps unless someone
   * chooses one by its id. Listed so that they can be; only a table's own cells are among their notes.
   */
  candidates: MapSnapshot[];
  /** Why nothing was recognised, saying what was found; empty when a map was. */
  problems: string[];
}

export interface InferJourneyGridsOptions {
  /** Every grid found is a journey map: the person chose what to read (the plugin's selection). */
  acceptAll?: boolean;
  /** Map ids or node ids of candidates to read as journey maps although they show no evidence. */
  chosen?: ReadonlySet<string>;
}

/** How far a label column may sit left of the first stage, or a first lane below the header row. */
const MAX_GRID_GAP = 480;
/** How far above a grid a text may be and still be its title. */
const MAX_TITLE_DISTANCE = 400;
/** One known stage word could be anything ("After", "Use"); two in one header row name a journey. */
const MIN_KNOWN_STAGES = 2;

const isSection = (node: BoardNode) => node.type === 'SECTION';
const isSticky = (node: BoardNode) => node.type === 'STICKY';
const centerX = (node: BoardNode) => node.bounds.x + node.bounds.width / 2;
const centerY = (node: BoardNode) => node.bounds.y + node.bounds.height / 2;
/** The REST API gives the nodes inside a component instance ids starting with "I" (`I12:3;4:5`). */
const isInInstance = (node: BoardNode) => node.id.startsWith('I');

/** Pixels two keys may always differ by and still be aligned, however small the nodes. */
const MIN_ALIGNMENT_TOLERANCE = 6;

/** A section's label is its name at its top-left corner: rows align sections by their top, others by centre. */
const ROW_AXIS: AlignmentAxis<BoardNode> = {
  key: (node) => (isSection(node) ? node.bounds.y : centerY(node)),
  tolerance: (a, b) => Math.max(MIN_ALIGNMENT_TOLERANCE, 0.25 * Math.min(headerHeight(a), headerHeight(b))),
  start: (node) => node.bounds.x,
  end: (node) => rectRight(node.bounds),
  leastTolerance: MIN_ALIGNMENT_TOLERANCE,
};

const COLUMN_AXIS: AlignmentAxis<BoardNode> = {
  key: (node) => node.bounds.x,
  tolerance: (a, b) => Math.max(MIN_ALIGNMENT_TOLERANCE, 0.15 * Math.min(labelWidth(a), labelWidth(b))),
  start: (node) => node.bounds.y,
  end: (node) => rectBottom(node.bounds),
  leastTolerance: MIN_ALIGNMENT_TOLERANCE,
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

/**
 * The longest lane or stage name in the vocabularies is under 30 characters; with numbering, emoji and a colon a
 * label stays under this. A longer text is a note, not a name, and is not looked up: most nodes on a big board
 * are notes, and normalising each one's text was a third of the time to infer a grid.
 */
const MAX_NAME_LENGTH = 48;

/** The first line of the text (looked for in its first characters only) is no longer than a name may be. */
function isShortEnoughForAName(text: string): boolean {
  if (text.length <= MAX_NAME_LENGTH) return true;
  const start = text.length > 2 * MAX_NAME_LENGTH ? text.slice(0, 2 * MAX_NAME_LENGTH) : text;
  // One line: its first line is the whole of it, trimmed; splitting into lines is only needed when it has more.
  return (LINE_BREAK.test(start) ? readFirstLine(start) : start.trim()).length <= MAX_NAME_LENGTH;
}

/**
 * Whether the text's first MAX_NAME_LENGTH + 1 characters are one line that starts and ends with a visible ASCII
 * character: its first line, trimmed, is then longer than a name may be, and isShortEnoughForAName would say no.
 * Character codes only, no copy and no pattern: it is asked of every note of a big board. Any other text (an
 * accent, a line break or a space at either end) is left to isShortEnoughForAName: false here only means "ask".
 */
function isPlainlyTooLongForAName(text: string): boolean {
  if (text.length <= MAX_NAME_LENGTH) return false;
  if (!isVisibleAscii(text.charCodeAt(0)) || !isVisibleAscii(text.charCodeAt(MAX_NAME_LENGTH))) return false;
  // Every line break (LINE_BREAK) is a code below 14 or from U+0085 on.
  for (let index = 1; index < MAX_NAME_LENGTH; index++) {
    const code = text.charCodeAt(index);
    if (code < 14 || code >= 0x85) return false;
  }
  return true;
}

/** "!" to "~": neither white space that trim() takes away nor a line break. */
function isVisibleAscii(code: number): boolean {
  return code > 32 && code < 127;
}

/** Bit 1: the vocabulary knows the text as a lane; bit 2: as a stage. */
type KnownName = 0 | 1 | 2 | 3;

/**
 * What the vocabularies know each node's text as, looked up once per node (pairing asks many times). A Map made
 * per inference, not a WeakMap: tens of thousands of weak entries cost the garbage collector more than the lookups.
 */
function createNameIndex() {
  const known = new Map<BoardNode, KnownName>();
  const read = (node: BoardNode): KnownName => {
    // Most nodes of a big board are such notes: answered without a lookup, and not remembered.
    if (isPlainlyTooLongForAName(node.text)) return 0;
    let value = known.get(node);
    if (value === undefined) {
      // A text too long for a name is not looked up in the vocabularies: most nodes of a big board are such notes.
      const short = isShortEnoughForAName(node.text);
      value = short ? (((matchLaneLabel(node.text) !== null ? 1 : 0) | (isKnownStageHeader(node.text) ? 2 : 0)) as KnownName) : 0;
      known.set(node, value);
    }
    return value;
  };
  return { isLane: (node: BoardNode) => (read(node) & 1) !== 0, isStage: (node: BoardNode) => (read(node) & 2) !== 0 };
}
type NameIndex = ReturnType<typeof createNameIndex>;

/** The largest of `read` over the items (-Infinity for none), without spreading a long array into arguments. */
function maxOf<Item>(items: readonly Item[], read: (item: Item) => number): number {
  let largest = -Infinity;
  for (const item of items) largest = Math.max(largest, read(item));
  return largest;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  // A typed array sorts numbers natively, without calling a comparison for each pair.
  const sorted = Float64Array.from(values).sort();
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Known lane labels and stage headers outside component instances: what says a grid is a journey map. */
interface Evidence {
  lanes: number;
  stages: number;
  /**
   * Every stage header is a sticky or a table's cell: nodes any board holds by the hundred, not a header row drawn
   * for a map (see isJourneyEvidence).
   */
  headersAreCommon?: boolean;
}

function readEvidence(headers: readonly BoardNode[], labels: readonly BoardNode[], names: NameIndex): Evidence {
  return {
    lanes: labels.filter((node) => !isInInstance(node) && names.isLane(node)).length,
    stages: headers.filter((node) => !isInInstance(node) && names.isStage(node)).length,
    headersAreCommon: headers.length > 0 && headers.every((node) => node.type === 'STICKY' || node.type === 'TABLE_CELL'),
  };
}

/**
 * One known lane name is enough evidence for a grid whose header row is drawn (shapes, texts, sections): someone
 * drew columns and named a lane. Under a header row of stickies or in a table it is not: a retro's "Actions", an
 * affinity wall's "Questions" theme note above a few rows of notes, a spec table's field "owner" are one lane word
 * by chance, so such a grid needs two lane names (or two stage names, as every grid does when it names no lane).
 */
const MIN_KNOWN_LANES_IN_COMMON_NODES = 2;

function isJourneyEvidence(evidence: Evidence): boolean {
  const leastLanes = evidence.headersAreCommon === true ? MIN_KNOWN_LANES_IN_COMMON_NODES : 1;
  return evidence.lanes >= leastLanes || evidence.stages >= MIN_KNOWN_STAGES;
}

/** Lane names weigh more than stage names: "Pain points" says journey map more surely than "Purchase". */
function weighEvidence(evidence: Evidence): number {
  return 2 * evidence.lanes + (evidence.stages >= MIN_KNOWN_STAGES ? evidence.stages : 0);
}

interface GridCandidate {
  headers: BoardNode[];
  labels: BoardNode[];
  score: number;
  headerGap: number;
  evidence: Evidence;
  /** Header row to last label, label column to last header: what two candidates may not share. */
  reach: Rect;
}

function scoreLabel(label: BoardNode, names: NameIndex): number {
  return 1 + (names.isLane(label) ? 2 : 0) + (label.type === 'STICKY' ? 0 : 1);
}

/** A row drawn only with shapes, texts or sections: the header row of a map, which a label column stops at. */
interface StructureRow {
  top: number;
  bottom: number;
  left: number;
}

/** Sorted by top, so the rows between two labels are found by a binary search. */
function findStructureRows(rows: readonly BoardNode[][]): StructureRow[] {
  return rows
    .filter((row) => row.every((node) => node.type !== 'STICKY'))
    .map((row) => ({
      top: Math.min(...row.map((node) => node.bounds.y)),
      bottom: Math.max(...row.map((node) => rectBottom(node.bounds))),
      left: row[0]!.bounds.x,
    }))
    .sort((a, b) => a.top - b.top);
}

function firstIndexAtOrAfter<Item>(sorted: readonly Item[], value: number, keyOf: (item: Item) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (keyOf(sorted[middle]!) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A row of headers in the gap between two labels is the next map's header row: the column stops there. */
function hasHeaderRowBetween(structureRows: readonly StructureRow[], top: number, bottom: number, firstHeader: BoardNode): boolean {
  for (let index = firstIndexAtOrAfter(structureRows, top, (row) => row.top); index < structureRows.length; index++) {
    const row = structureRows[index]!;
    if (row.top > bottom) return false;
    if (row.bottom <= bottom && Math.abs(row.left - firstHeader.bounds.x) <= Math.max(24, firstHeader.bounds.width / 2)) return true;
  }
  return false;
}

function evaluatePair(
  row: readonly BoardNode[],
  column: readonly BoardNode[],
  structureRows: readonly StructureRow[],
  names: NameIndex,
  /** Whether any of the column names a lane: when none does, its labels are not looked up again. */
  columnKnowsALane: boolean,
  frames: SectionFrames,
  /** The board's stickies by top, indexed the first time a column's gap needs them (most boards never do). */
  readNoteRows: () => NoteRows,
): GridCandidate | null {
  const isBelow = (node: BoardNode, bottom: number) => node.bounds.y >= bottom - 0.1 * node.bounds.height;
  const rowBottomAll = maxOf(row, headerBottom);
  const rowBelowColumn = (top: number, bottom: number) => hasHeaderRowBetween(structureRows, top, bottom, row[0]!);
  const columnBelow = endColumnAtTitle(column.filter((node) => isBelow(node, rowBottomAll)), rowBelowColumn);
  if (columnBelow.length === 0) return null;
  // Only the part of the column below the row counts: a title above it may share the labels' left edge.
  const columnRight = maxOf(columnBelow, labelRight);
  const rightOfColumn = row.filter((node) => centerX(node) > columnRight);
  if (rightOfColumn.length < 2) return null;
  // The grid stays inside the section that frames its first header and the first label, and its header row ends at
  // a gap wider than a stage: what lines up with it beyond either belongs to something else on the board.
  const frame = frames.commonFrame(rightOfColumn[0]!, columnBelow[0]!);
  const headers = keepHeaderRun(keepInsideFrame(rightOfColumn, frame, frames), MAX_GRID_GAP);
  if (headers.length < 2) return null;
  const firstHeader = headers[0]!;
  const rowBottom = maxOf(headers, headerBottom);
  // Below the kept headers, not the whole row: what lined up beyond them may reach lower than they do.
  const below = keepInsideFrame(column, frame, frames).filter(
    (node) =>
      isBelow(node, rowBottom) &&
      (isSection(node) ? node.bounds.x <= firstHeader.bounds.x + 24 : centerX(node) < firstHeader.bounds.x),
  );
  if (below.length === 0) return null;
  const labelHeight = median(below.map((node) => node.bounds.height));
  const headerWidth = median(headers.map((node) => node.bounds.width));
  const headerGap = below[0]!.bounds.y - rowBottom;
  const verticalSpan = (node: BoardNode) => ({ start: node.bounds.y, end: rectBottom(node.bounds) });
  if (headerGap > Math.max(MAX_GRID_GAP, 3 * labelHeight) && !isWithinFirstBand(headerGap, verticalSpan(below[0]!), below[1]?.bounds.y)) return null;
  const headersGap = firstHeader.bounds.x - columnRight;
  const firstHeaderSpan = { start: firstHeader.bounds.x, end: rectRight(firstHeader.bounds) };
  if (headersGap > Math.max(MAX_GRID_GAP, 2 * headerWidth) && !isWithinFirstBand(headersGap, firstHeaderSpan, headers[1]?.bounds.x)) return null;
  // A small label at the top of a tall lane leaves a wide gap to the next one. Beyond the gap always allowed, the
  // column's own rhythm decides (the labels' pitch, the notes between them), not the headers' size: small text
  // headers over wide columns say nothing about how tall the lanes are.
  const laneGap = Math.max(MAX_GRID_GAP, 3 * labelHeight);
  const labels = [below[0]!];
  let run: LabelColumnRun | null = null;
  for (const [index, label] of below.entries()) {
    if (index === 0) continue;
    const previousBottom = rectBottom(labels[labels.length - 1]!.bounds);
    if (label.bounds.y - previousBottom > laneGap) {
      run ??= { below, allowedGap: laneGap, rows: readNoteRows() };
      if (!continuesLabelColumn(run, labels, index)) break;
    }
    if (hasHeaderRowBetween(structureRows, previousBottom, label.bounds.y, firstHeader)) break;
    const rowBetween = (top: number, bottom: number) => hasHeaderRowBetween(structureRows, top, bottom, firstHeader) || rowBelowColumn(top, bottom);
    if (isTitleOfHeaderRowBelow(label, previousBottom, below[index + 1], rowBetween)) break;
    labels.push(label);
  }
  // A wall of notes is not a journey map: without one known lane name, the grid must be drawn with shapes or text.
  // The labels are part of the column: a column naming no lane gives labels naming none.
  const laneNames: NameIndex = columnKnowsALane ? names : { isLane: () => false, isStage: names.isStage };
  const knowsALane = labels.some(laneNames.isLane);
  if (!knowsALane && (labels.length === 1 || (labels.every(isSticky) && headers.every(isSticky)))) return null;
  const evidence = readEvidence(headers, labels, laneNames);
  // Texts inside a component instance (a legend, a widget) take part only in a grid that names a journey itself.
  if (!isJourneyEvidence(evidence) && (headers.some(isInInstance) || labels.some(isInInstance))) return null;
  const score = labels.reduce((sum, label) => sum + scoreLabel(label, laneNames), 0);
  const top = Math.min(...headers.map((node) => node.bounds.y));
  const left = Math.min(...labels.map((node) => node.bounds.x));
  const right = Math.max(...headers.map((node) => rectRight(node.bounds)));
  const bottom = Math.max(...labels.map((node) => rectBottom(node.bounds)));
  return { headers, labels, score, headerGap, evidence, reach: { x: left, y: top, width: right - left, height: bottom - top } };
}

/** More evidence first; then most (and best-known) labels; among rows above them, the closest; then most headers. */
function compareCandidates(a: GridCandidate, b: GridCandidate): number {
  return (
    weighEvidence(b.evidence) - weighEvidence(a.evidence) ||
    b.score - a.score ||
    a.headerGap - b.headerGap ||
    b.headers.length - a.headers.length ||
    a.reach.y - b.reach.y ||
    a.reach.x - b.reach.x
  );
}

interface RowInfo {
  row: BoardNode[];
  bottom: number;
  hasKnownStage: boolean;
  hasShape: boolean;
}

/**
 * Every pairing of a header row with a label column that could be a grid. A column is only paired with the rows
 * that end just above one of its labels (binary search), and a pairing of stickies alone with no journey word is
 * skipped before it is measured, so a board of thousands of notes costs about a sort.
 */
function findGridCandidates(candidates: readonly BoardNode[], names: NameIndex, frames: SectionFrames): GridCandidate[] {
  const rows = findAlignedGroups(candidates, ROW_AXIS, 2);
  const columns = findAlignedGroups(candidates, COLUMN_AXIS, 1).filter((column) => column.length >= 2 || names.isLane(column[0]!));
  const structureRows = findStructureRows(rows);
  let noteRows: NoteRows | null = null;
  const readNoteRows = () => (noteRows ??= indexNoteRows(candidates));
  const rowInfos: RowInfo[] = rows
    .map((row) => ({
      row,
      bottom: maxOf(row, headerBottom),
      hasKnownStage: row.some(names.isStage),
      hasShape: row.some((node) => node.type !== 'STICKY'),
    }))
    .sort((a, b) => a.bottom - b.bottom);
  // A column of notes with no lane name pairs only with a row that names a stage or holds a shape: on a wall of
  // thousands of notes, those are the few rows worth trying, in the same order.
  const namedRowInfos = rowInfos.filter((info) => info.hasKnownStage || info.hasShape);
  const found: GridCandidate[] = [];
  const tried = new Set<BoardNode[]>();
  for (const column of columns) {
    const columnKnowsALane = isLaneWordColumn(column, names.isLane);
    const columnHasShape = column.some((node) => node.type !== 'STICKY');
    const pool = columnKnowsALane || columnHasShape ? rowInfos : namedRowInfos;
    if (pool.length === 0) continue;
    const nearReach = Math.max(MAX_GRID_GAP, 3 * maxOf(column, (node) => node.bounds.height));
    // Further up, as far as a lane of the column's pitch, only a row of shapes or stage names can head the column.
    const reach = readHeaderReach(column, nearReach);
    const columnSections = new Set(column.filter(isSection).map((node) => node.id));
    tried.clear();
    for (const label of column) {
      const lowest = label.bounds.y + 0.1 * label.bounds.height;
      for (let index = firstIndexAtOrAfter(pool, label.bounds.y - reach, (info) => info.bottom); index < pool.length; index++) {
        const info = pool[index]!;
        if (info.bottom > lowest) break;
        if (info.bottom < label.bounds.y - nearReach && !info.hasKnownStage && !info.hasShape) continue;
        if (tried.has(info.row)) continue;
        tried.add(info.row);
        const candidate = evaluatePair(dropNodesInLaneSections(info.row, columnSections, frames), column, structureRows, names, columnKnowsALane, frames, readNoteRows);
        if (candidate) found.push(candidate);
      }
    }
  }
  return found.sort(compareCandidates);
}

/** Best first, each candidate kept unless it shares a node or its area with one kept before it. */
function keepDistinct(sorted: readonly GridCandidate[]): GridCandidate[] {
  const kept: GridCandidate[] = [];
  const used = new Set<string>();
  for (const candidate of sorted) {
    const nodes = [...candidate.headers, ...candidate.labels];
    if (nodes.some((node) => used.has(node.id))) continue;
    if (kept.some((other) => rectsOverlap(other.reach, candidate.reach))) continue;
    kept.push(candidate);
    for (const node of nodes) used.add(node.id);
  }
  return kept;
}

/** The notes that may belong to a grid: centred right of its labels and below its header row, within reach. */
function findNearbyNotes(notes: readonly NoteSnapshot[], reach: Rect): NoteSnapshot[] {
  const margin = NEAR_MAP_MARGIN;
  const right = reach.x + reach.width + margin;
  const bottom = reach.y + reach.height + 2 * margin;
  // As rectContainsPoint(area, rectCenter(note.bounds)), without a point made for each of thousands of notes.
  return notes.filter((note) => {
    const x = note.bounds.x + note.bounds.width / 2;
    const y = note.bounds.y + note.bounds.height / 2;
    return x >= reach.x && x < right && y >= reach.y && y < bottom;
  });
}

/** A lane drawn as a section named like the label inside it, the way Journey Lanes draws one. */
interface LaneSection {
  sectionId: string;
  bounds: Rect;
  /** The section holds an instruction below its label, as Journey Lanes writes one. */
  hasInstruction: boolean;
}

interface LaneSections {
  /** By the label's node id. */
  byLabel: Map<string, LaneSection>;
  /** Texts that instruct (under a lane label, or Journey Lanes' own instructions): never labels or headers. */
  instructionIds: Set<string>;
}

const KNOWN_INSTRUCTIONS: ReadonlySet<string> = new Set([...LANE_PRESETS.map((lane) => lane.instruction), CUSTOM_LANE_INSTRUCTION]);

/**
 * Lanes drawn as sections: a section whose name is the first line of a shape or text inside it. Texts below that
 * label, in its column, are the lane's instruction. Found from the parent links, one pass over the nodes.
 */
function findLaneSections(nodes: readonly BoardNode[]): LaneSections {
  const children = new Map<string, BoardNode[]>();
  const instructionIds = new Set<string>();
  for (const node of nodes) {
    if (node.type === 'TEXT' && KNOWN_INSTRUCTIONS.has(node.text.trim())) instructionIds.add(node.id);
    if (node.parentId === null) continue;
    const siblings = children.get(node.parentId);
    if (siblings) siblings.push(node);
    else children.set(node.parentId, [node]);
  }
  const byLabel = new Map<string, LaneSection>();
  for (const section of nodes) {
    if (!isSection(section)) continue;
    const name = readFirstLine(section.text);
    const inside = children.get(section.id) ?? [];
    const label = inside.find((node) => (node.type === 'SHAPE_WITH_TEXT' || node.type === 'TEXT') && name !== '' && readFirstLine(node.text) === name);
    if (!label) continue;
    const instructions = inside.filter(
      (node) =>
        node.type === 'TEXT' &&
        node !== label &&
        node.bounds.y >= rectBottom(label.bounds) - 1 &&
        node.bounds.x < rectRight(label.bounds) &&
        rectRight(node.bounds) > label.bounds.x,
    );
    for (const instruction of instructions) instructionIds.add(instruction.id);
    byLabel.set(label.id, { sectionId: section.id, bounds: section.bounds, hasInstruction: instructions.length > 0 });
  }
  return { byLabel, instructionIds };
}

/** Where the notes that `keep` accepts lie along one axis: x (across stages) or y (down lanes). */
function readNoteExtents(notes: readonly NoteSnapshot[], axis: 'x' | 'y', keep: (bounds: Rect) => boolean): NoteExtents {
  const starts = new Float64Array(notes.length);
  const ends = new Float64Array(notes.length);
  let count = 0;
  for (const { bounds } of notes) {
    if (!keep(bounds)) continue;
    starts[count] = axis === 'x' ? bounds.x : bounds.y;
    ends[count] = axis === 'x' ? bounds.x + bounds.width : bounds.y + bounds.height;
    count++;
  }
  return { starts: starts.subarray(0, count), ends: ends.subarray(0, count) };
}

function createGrid(found: GridCandidate, notes: readonly NoteSnapshot[], laneSections: LaneSections): InferredGrid {
  const { headers, labels } = found;
  const labelColumnRight = maxOf(labels, labelRight);
  const rowBottom = maxOf(headers, headerBottom);
  const nearby = findNearbyNotes(notes, found.reach);
  const stageSpans = computeBandSpans(
    headers.map((node) => ({ start: node.bounds.x, end: rectRight(node.bounds) })),
    labelColumnRight,
    readNoteExtents(nearby, 'x', (bounds) => bounds.y + bounds.height / 2 > rowBottom),
  );
  const laneSpans = computeBandSpans(
    labels.map((node) => ({ start: node.bounds.y, end: rectBottom(node.bounds) })),
    rowBottom,
    readNoteExtents(nearby, 'y', (bounds) => bounds.x + bounds.width / 2 > labelColumnRight),
  );
  const track = (node: BoardNode, span: Span, name = readStageName(node.text)): InferredTrack => ({ name, nodeId: node.id, span });
  // A lane section is the lane as people see it: its band is the section, and notes in it belong to it.
  const laneTrack = (node: BoardNode, span: Span): InferredTrack => {
    const section = laneSections.byLabel.get(node.id);
    if (!section) return track(node, span, readLaneName(node.text));
    return { ...track(node, { start: section.bounds.y, end: rectBottom(section.bounds) }, readLaneName(node.text)), sectionId: section.sectionId };
  };
  const sections = labels.map((node) => laneSections.byLabel.get(node.id));
  return {
    idSource: headers[0]!.id,
    nodeId: null,
    title: null,
    stages: headers.map((node, index) => track(node, stageSpans[index]!)),
    lanes: labels.map((node, index) => laneTrack(node, laneSpans[index]!)),
    top: Math.min(...headers.map((node) => node.bounds.y)),
    left: Math.min(...labels.map((node) => node.bounds.x)),
    structureIds: new Set([...headers, ...labels].map((node) => node.id)),
    ownNotes: [],
    looksPluginDrawn: sections.some((section) => section?.hasInstruction === true),
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
  // Asked last, after the cheap tests on type and place: a board holds tens of thousands of nodes.
  const isOutside = (node: BoardNode) => !grid.structureIds.has(node.id) && node.id !== grid.nodeId;
  const sections = nodes
    .filter((node) => isSection(node) && rectContainsRect(node.bounds, bounds) && isOutside(node))
    .sort((a, b) => a.bounds.width * a.bounds.height - b.bounds.width * b.bounds.height);
  const section = sections[0];
  if (section) return { ...grid, nodeId: grid.nodeId ?? section.id, title: readFirstLine(section.text) || null };
  const above = nodes
    .filter(
      (node) =>
        (node.type === 'TEXT' || node.type === 'SHAPE_WITH_TEXT') &&
        rectBottom(node.bounds) <= bounds.y &&
        rectBottom(node.bounds) >= bounds.y - MAX_TITLE_DISTANCE &&
        node.bounds.x < rectRight(bounds) &&
        rectRight(node.bounds) > bounds.x &&
        readFirstLine(node.text) !== '' &&
        isOutside(node),
    )
    .sort((a, b) => rectBottom(b.bounds) - rectBottom(a.bounds));
  return { ...grid, title: above[0] ? readFirstLine(above[0].text) : null };
}

/**
 * Nodes that can be a header or a label: text on a shape, a text, a note, or a section's name. A section that
 * holds shapes or texts of its own is a frame around a grid (or around a column), not a label.
 */
/** Anything but white space: what `text.trim() !== ''` asks, without a trimmed copy of every note's text. */
const HAS_VISIBLE_CHARACTER = /\S/;

function selectStructureCandidates(nodes: readonly BoardNode[], tables: readonly BoardNode[], instructionIds: ReadonlySet<string>): BoardNode[] {
  const inTable = (node: BoardNode) => tables.some((table) => rectContainsPoint(table.bounds, rectCenter(node.bounds)));
  const texts = nodes.filter(
    (node) => (node.type === 'SHAPE_WITH_TEXT' || node.type === 'TEXT' || node.type === 'STICKY') && HAS_VISIBLE_CHARACTER.test(node.text) && !inTable(node) && !instructionIds.has(node.id),
  );
  const framed = texts.filter((node) => node.type !== 'STICKY');
  const sections = nodes.filter(
    (node) =>
      isSection(node) &&
      readFirstLine(node.text) !== '' &&
      !inTable(node) &&
      !framed.some((inner) => rectContainsRect(node.bounds, inner.bounds)),
  );
  return [...texts, ...sections];
}

/**
 * The map whose framing section holds the note, however deep (a section of its own inside the frame, such as a
 * parking lot or a persona's slot): as for drawn maps, a note in the map's section is the map's wherever it lies.
 */
function findFramingMap(note: NoteSnapshot, maps: readonly MapSnapshot[], parentOf: ReadonlyMap<string, string | null>): MapSnapshot | null {
  const seen = new Set<string>();
  for (let id = note.parentId; id !== null && !seen.has(id); id = parentOf.get(id) ?? null) {
    seen.add(id);
    const map = maps.find((candidate) => candidate.nodeId === id);
    if (map) return map;
  }
  return null;
}

/** As for drawn maps: the smallest map holding the note's centre, else the nearest one it lies close to. */
function findMapOfNote(note: NoteSnapshot, maps: readonly MapSnapshot[], frames: ReadonlyArray<Rect | null>): MapSnapshot | null {
  // A sticky Figma gave no box belongs to the map of the section it is in, or to the only map there is.
  if (note.boundsMissing) return maps.find((map) => map.nodeId !== null && map.nodeId === note.parentId) ?? (maps.length === 1 ? maps[0]! : null);
  const centreX = note.bounds.x + note.bounds.width / 2;
  const centreY = note.bounds.y + note.bounds.height / 2;
  // The smallest map holding the centre, the first of equals: one pass, not a filtered and sorted copy per note.
  let smallest: MapSnapshot | null = null;
  for (const map of maps) {
    const { x, y, width, height } = map.bounds;
    if (!(centreX >= x && centreX < x + width && centreY >= y && centreY < y + height)) continue;
    if (smallest === null || map.bounds.width * map.bounds.height < smallest.bounds.width * smallest.bounds.height) smallest = map;
  }
  if (smallest) return smallest;
  // Near the section framing the grid is near the map, as for drawn maps: the frame holds the grid and may reach
  // past it, so a framed map is its frame. A note between two maps goes by the one rule drawn maps follow.
  const candidates = maps.map((map, index) => ({ bounds: frames[index] ?? map.bounds, nodeId: map.nodeId ?? '' }));
  const nearest = findNearestMap(note.bounds, candidates, NEAR_MAP_MARGIN);
  return nearest === null ? null : maps[nearest]!;
}

function describeWhatWasFound(candidates: readonly BoardNode[], names: NameIndex): string {
  const rows = findAlignedGroups(candidates, ROW_AXIS, 2);
  const headers = Math.max(0, ...rows.map((row) => row.length));
  const labels = candidates.filter(names.isLane).length;
  return USER_MESSAGES.gridNotFound(headers, labels);
}

/** Tables speak through their first row (stages) and first column (lanes), like drawn grids. */
function readTableEvidence(grid: InferredGrid, nodes: ReadonlyMap<string, BoardNode>, names: NameIndex): Evidence {
  const nodesOf = (tracks: readonly InferredTrack[]) =>
    tracks.flatMap((track) => (track.nodeId === null ? [] : [nodes.get(track.nodeId)!]).filter((node) => node !== undefined));
  return readEvidence(nodesOf(grid.stages), nodesOf(grid.lanes), names);
}

/**
 * The areas of the grids with evidence left out for sharing their area with a better one: candidates `keepDistinct`
 * dropped for their area alone (as far as their notes reach) and grids `keepGridsApart` dropped. A note in one
 * belongs to no map by position, yet it is the board's: see `findMapOfLeftOutNote`.
 */
function readLeftOutAreas(found: readonly GridCandidate[], distinct: readonly GridCandidate[], droppedMaps: readonly RankedGrid[]): Rect[] {
  // A candidate sharing a header or label with a kept one is another reading of that grid, not a grid of its own.
  const used = new Set(distinct.flatMap((candidate) => [...candidate.headers, ...candidate.labels].map((node) => node.id)));
  const isOwnGrid = (candidate: GridCandidate) => [...candidate.headers, ...candidate.labels].every((node) => !used.has(node.id));
  const candidates = found.filter((candidate) => isJourneyEvidence(candidate.evidence) && isOwnGrid(candidate));
  return [...candidates.map((candidate) => readCandidateNoteArea(candidate.reach, NEAR_MAP_MARGIN)), ...droppedMaps.map(({ grid }) => readGridArea(grid))];
}

interface RankedGrid {
  grid: InferredGrid;
  evidence: Evidence;
}

/** Whether `--map` (or a caller's choice) names the map: by its map id, or by the node id of its section. */
export function isChosenMap(map: Pick<MapSnapshot, 'mapId' | 'nodeId'>, chosen: ReadonlySet<string>): boolean {
  return chosen.has(map.mapId) || (map.nodeId !== null && chosen.has(map.nodeId));
}

function isChosen(grid: InferredGrid, options: InferJourneyGridsOptions): boolean {
  if (options.acceptAll) return true;
  if (!options.chosen) return false;
  return isChosenMap({ mapId: createInferredMapSnapshot(grid).mapId, nodeId: grid.nodeId }, options.chosen);
}

/**
 * A map Journey Lanes drew, read without its tags, keeps its persona card and its parking lot: notes on the card
 * are persona notes, notes in the parking lot are set aside, as in the tagged read.
 */
function attachUntaggedParts(grids: readonly InferredGrid[], maps: MapSnapshot[], nodes: readonly BoardNode[]): void {
  const drawn = new Set(grids.flatMap((grid) => (grid.looksPluginDrawn && grid.nodeId !== null ? [grid.nodeId] : [])));
  if (drawn.size === 0) return;
  const personas = findUntaggedPersonas(nodes, drawn);
  const parkingLots = findUntaggedParkingLots(nodes, drawn);
  for (const map of maps) {
    if (map.nodeId === null) continue;
    map.persona = personas.get(map.nodeId) ?? map.persona;
    const parkingLot = parkingLots.get(map.nodeId);
    if (parkingLot) map.parkingLot = parkingLot;
  }
}

/**
 * Journey grids on a board Journey Lanes did not draw: FigJam tables (first row stages, first column lanes), and
 * drawn grids: a row of stage headers, a column of lane labels left of the first stage and below the row, notes
 * in between. A grid is a journey map only with evidence (a lane or two stages the vocabulary knows) or when it
 * is chosen; the others are returned as candidates. There is no limit on how many are found: they are ranked by
 * evidence, and one that shares a node or its area with a better one is left out.
 */
export function inferJourneyGrids(
  nodes: readonly BoardNode[],
  notes: readonly NoteSnapshot[],
  options: InferJourneyGridsOptions = {},
): InferredJourneyGrids {
  const tables = nodes.filter((node) => node.type === 'TABLE');
  // Only tables need nodes by id (their cells); a board of notes without a table builds no index of them.
  const byId = tables.length > 0 ? new Map(nodes.map((node) => [node.id, node])) : new Map<string, BoardNode>();
  const names = createNameIndex();
  const ranked: RankedGrid[] = [];
  for (const table of tables) {
    const grid = inferTableGrid(table, nodes);
    if (grid) ranked.push({ grid: nameGrid(grid, nodes), evidence: readTableEvidence(grid, byId, names) });
  }
  const laneSections = findLaneSections(nodes);
  const candidates = selectStructureCandidates(nodes, tables, laneSections.instructionIds);
  const allFound = findGridCandidates(candidates, names, createSectionFrames(nodes));
  const distinct = keepDistinct(allFound);
  for (const found of distinct) {
    ranked.push({ grid: nameGrid(createGrid(found, notes, laneSections), nodes), evidence: found.evidence });
  }
  ranked.sort((a, b) => weighEvidence(b.evidence) - weighEvidence(a.evidence));
  const isMap = ({ grid, evidence }: RankedGrid) => isJourneyEvidence(evidence) || isChosen(grid, options);
  const kept = keepGridsApart(ranked, isMap);
  const accepted = kept.maps.map(({ grid }) => grid);
  const others = kept.others.map(({ grid }) => grid);
  const listed = others.map((grid) => createInferredMapSnapshot(grid));
  if (accepted.length === 0) {
    const problem = others.length > 0 ? USER_MESSAGES.gridsWithoutEvidence(others.length) : describeWhatWasFound(candidates, names);
    return { maps: [], candidates: listed, problems: [problem] };
  }
  const maps = accepted.map((grid) => createInferredMapSnapshot(grid));
  const problems = accepted.flatMap((grid, index) => (grid.looksPluginDrawn ? [USER_MESSAGES.mapTagsMissing(maps[index]!.title)] : []));
  attachUntaggedParts(accepted, maps, nodes);
  const structureIds = new Set(accepted.flatMap((grid) => [...grid.structureIds]));
  // Only a map a section frames can hold a note through the note's parents, and only it has a frame: when no map
  // is framed (most hand-drawn boards), the nodes' parents and bounds are not indexed and no parents are followed.
  const framed = maps.some((map) => map.nodeId !== null);
  const parentOf = new Map<string, string | null>();
  const boundsOf = new Map<string, Rect>();
  if (framed) {
    for (const node of nodes) {
      parentOf.set(node.id, node.parentId);
      boundsOf.set(node.id, node.bounds);
    }
  }
  const frames = maps.map((map) => (map.nodeId === null ? null : (boundsOf.get(map.nodeId) ?? null)));
  const leftOutAreas = readLeftOutAreas(allFound, distinct, ranked.filter((item) => isMap(item) && !kept.maps.includes(item)));
  const nearCandidates = maps.map((map) => ({ bounds: map.bounds, nodeId: map.nodeId ?? '' }));
  for (const note of notes) {
    if (structureIds.has(note.id)) continue;
    const leftOut = () => maps[findMapOfLeftOutNote(note, leftOutAreas, nearCandidates) ?? -1] ?? null;
    ((framed ? findFramingMap(note, maps, parentOf) : null) ?? findMapOfNote(note, maps, frames) ?? leftOut())?.notes.push(note);
  }
  return { maps, candidates: listed, problems };
}
