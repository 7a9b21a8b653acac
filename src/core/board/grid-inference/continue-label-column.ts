import type { BoardNode } from '../board-node';
import type { Span } from './inferred-grid';

/**
 * Stickies sorted by top, with their bottoms and x-centres in the same order: what lies between two labels of a
 * column is found by a binary search and a walk down from there, with no object made per sticky.
 */
export interface NoteRows {
  tops: Float64Array;
  bottoms: Float64Array;
  centresX: Float64Array;
  /** The tallest sticky: a walk starts this far above a stretch, so a sticky reaching into it from above is seen. */
  tallest: number;
}

export function indexNoteRows(nodes: readonly BoardNode[]): NoteRows {
  const stickies = nodes.filter((node) => node.type === 'STICKY');
  const order = Uint32Array.from(stickies.keys());
  const unsortedTops = Float64Array.from(stickies, (node) => node.bounds.y);
  order.sort((a, b) => unsortedTops[a]! - unsortedTops[b]!);
  const tops = new Float64Array(order.length);
  const bottoms = new Float64Array(order.length);
  const centresX = new Float64Array(order.length);
  let tallest = 0;
  order.forEach((index, place) => {
    const { bounds } = stickies[index]!;
    tops[place] = bounds.y;
    bottoms[place] = bounds.y + bounds.height;
    centresX[place] = bounds.x + bounds.width / 2;
    tallest = Math.max(tallest, bounds.height);
  });
  return { tops, bottoms, centresX, tallest };
}

function firstTopAtOrAfter(tops: Float64Array, value: number): number {
  let low = 0;
  let high = tops.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tops[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Whether the stickies centred between `left` and `right` cover the stretch from `top` to `bottom` with no empty
 * part longer than `maxEmpty`: lanes full of notes between two labels. The walk stops at the first empty part too
 * long, or once the stretch is covered, so it visits only the stickies that lie in the stretch.
 */
function isFilledWithNotes(rows: NoteRows, top: number, bottom: number, left: number, right: number, maxEmpty: number): boolean {
  let covered = top;
  for (let index = firstTopAtOrAfter(rows.tops, top - rows.tallest); index < rows.tops.length; index++) {
    const noteTop = rows.tops[index]!;
    if (noteTop - covered > maxEmpty || noteTop > bottom) break;
    const centreX = rows.centresX[index]!;
    if (centreX < left || centreX > right) continue;
    covered = Math.max(covered, rows.bottoms[index]!);
    if (covered >= bottom) return true;
  }
  return bottom - covered <= maxEmpty;
}

/** Two pitches within this share of each other are one rhythm: lanes drawn alike. */
const RHYTHM_TOLERANCE = 0.2;
/** However regular, labels further apart than this many allowed gaps are not one column. */
const MAX_RHYTHM_GAPS = 3;

export interface LabelColumnRun {
  /** The labels below the header row, top to bottom. */
  below: readonly BoardNode[];
  /** A gap between two labels' boxes that is always allowed. */
  allowedGap: number;
  /** Where the grid's notes are centred across: right of the labels, left of the last header's right edge. */
  left: number;
  right: number;
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
  if (inRhythm && gap <= MAX_RHYTHM_GAPS * run.allowedGap) return true;
  return isFilledWithNotes(run.rows, top, label.bounds.y, run.left, run.right, run.allowedGap);
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
