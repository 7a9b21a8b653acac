import type { BoardNode } from '../board-node';
import type { Span } from './inferred-grid';

/**
 * Where stickies lie down the board: their vertical extents merged into runs, in order. Sorted once per
 * inference (typed arrays sort numbers natively), so what fills the space between two labels is a binary search
 * and a walk over the few runs in between, never over the notes themselves.
 */
export interface NoteRows {
  starts: Float64Array;
  ends: Float64Array;
}

export function indexNoteRows(nodes: readonly BoardNode[]): NoteRows {
  const stickies = nodes.filter((node) => node.type === 'STICKY');
  const tops = Float64Array.from(stickies, (node) => node.bounds.y).sort();
  const bottoms = Float64Array.from(stickies, (node) => node.bounds.y + node.bounds.height).sort();
  const starts: number[] = [];
  const ends: number[] = [];
  // Walking tops and bottoms in order: a run begins when no sticky was open and ends when the last open one closes.
  let open = 0;
  for (let top = 0, bottom = 0; bottom < bottoms.length; ) {
    if (top < tops.length && tops[top]! < bottoms[bottom]!) {
      if (open === 0) starts.push(tops[top]!);
      open++;
      top++;
    } else {
      open--;
      if (open === 0) ends.push(bottoms[bottom]!);
      bottom++;
    }
  }
  return { starts: Float64Array.from(starts), ends: Float64Array.from(ends) };
}

/**
 * Whether stickies cover the stretch from `top` to `bottom` with no empty part longer than `maxEmpty`: lanes full
 * of notes between two labels. Stickies anywhere across the board count: the labels are one column already, and
 * asking only about the grid's own notes would cost a walk over them for every pairing tried.
 */
function isFilledWithNotes(rows: NoteRows, top: number, bottom: number, maxEmpty: number): boolean {
  const { starts, ends } = rows;
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ends[middle]! <= top) low = middle + 1;
    else high = middle;
  }
  let covered = top;
  for (let index = low; index < starts.length && starts[index]! <= bottom; index++) {
    if (starts[index]! - covered > maxEmpty) return false;
    covered = Math.max(covered, ends[index]!);
    if (covered >= bottom) return true;
  }
  return bottom - covered <= maxEmpty;
}

/** Two pitches within this share of each other are one rhythm: lanes drawn alike. */
const RHYTHM_TOLERANCE = 0.2;

export interface LabelColumnRun {
  /** The labels below the header row, top to bottom. */
  below: readonly BoardNode[];
  /** A gap between two labels' boxes that is always allowed. */
  allowedGap: number;
  rows: NoteRows;
}

/**
 * Whether `below[index]` continues the column after the labels kept so far, although the gap above it is wider
 * than the gap always allowed: small labels at the top of tall lanes. The column's own rhythm says so: the pitch
 * from the label above is that of the labels around it (lanes drawn alike, even an empty one), or notes fill the
 * space between the two labels with no gap wider than the one always allowed.
 * Invariant: decided from the labels and the notes between them only, never from the headers' size.
 */
export function continuesLabelColumn(run: LabelColumnRun, kept: readonly BoardNode[], index: number): boolean {
  const label = run.below[index]!;
  const previous = kept[kept.length - 1]!;
  const top = previous.bounds.y + previous.bounds.height;
  const gap = label.bounds.y - top;
  if (gap <= run.allowedGap) return true;
  const pitch = label.bounds.y - previous.bounds.y;
  const beforeLabel = kept[kept.length - 2];
  const afterLabel = run.below[index + 1];
  const neighbourPitches = [
    ...(beforeLabel ? [previous.bounds.y - beforeLabel.bounds.y] : []),
    ...(afterLabel ? [afterLabel.bounds.y - label.bounds.y] : []),
  ];
  const inRhythm = neighbourPitches.some((other) => Math.abs(other - pitch) <= RHYTHM_TOLERANCE * Math.max(other, pitch));
  if (inRhythm) return true;
  return isFilledWithNotes(run.rows, top, label.bounds.y, run.allowedGap);
}

/**
 * Whether a first label (or header) this far from the header row (or label column) still names the first band:
 * labels at the bottom of tall lanes lie most of a lane below the headers, and headers centred on wide columns
 * half a column right of the labels. The first band is drawn like the others, so the space before its label is
 * that of a band (the pitch from it to the next label, less its own size), with up to half a band more between
 * the headers and the lanes.
 */
export function isWithinFirstBand(gap: number, first: Span, nextStart: number | undefined): boolean {
  if (nextStart === undefined) return false;
  return gap <= 1.5 * (nextStart - first.start) - (first.end - first.start);
}

/**
 * How far below a header row a column's labels may start to be paired with it: the gap always allowed, or a lane
 * and a half of the column's usual pitch, for labels at the bottom of tall lanes (see `isWithinFirstBand`).
 */
export function readHeaderReach(column: readonly BoardNode[], allowedGap: number): number {
  if (column.length < 2) return allowedGap;
  const pitches = Float64Array.from(column.slice(1), (label, index) => label.bounds.y - column[index]!.bounds.y).sort();
  return Math.max(allowedGap, 1.5 * pitches[pitches.length >> 1]!);
}
