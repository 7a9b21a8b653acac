import type { Span } from './inferred-grid';

/**
 * Where notes start and end along one axis, in two typed arrays (any order; sorted here): filled straight from the
 * notes by the caller, with no object made for each of thousands of notes.
 */
export interface NoteExtents {
  starts: Float64Array;
  ends: Float64Array;
}

/** Notes' extents along one axis, sorted twice, so that how many notes straddle a position is two binary searches. */
interface Coverage {
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  /** Where notes lie along the axis, overlapping extents merged, in order. */
  merged: Span[];
}

function countBefore(sorted: ArrayLike<number>, value: number, inclusive: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value || (inclusive && sorted[middle] === value)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Where notes lie, from their starts and ends each sorted on its own (typed arrays sort numbers natively, several
 * times faster than objects with a comparator): walking both in order, a run of notes begins when none was open
 * and ends when the last open one closes.
 */
function createCoverage(extents: NoteExtents): Coverage {
  const starts = extents.starts.sort();
  const ends = extents.ends.sort();
  const merged: Span[] = [];
  let open = 0;
  let runStart = 0;
  for (let startIndex = 0, endIndex = 0; endIndex < ends.length; ) {
    if (startIndex < starts.length && starts[startIndex]! < ends[endIndex]!) {
      if (open === 0) runStart = starts[startIndex]!;
      open++;
      startIndex++;
    } else {
      open--;
      if (open === 0) merged.push({ start: runStart, end: ends[endIndex]! });
      endIndex++;
    }
  }
  return { starts, ends, merged };
}

/** How many notes a border at `position` would cut: those starting before it and ending after it. */
function countCrossing(coverage: Coverage, position: number): number {
  return countBefore(coverage.starts, position, false) - countBefore(coverage.ends, position, true);
}

/** The middles of the empty gaps on either side of the run of notes that covers `position`, if it is covered. */
function gapsAround(coverage: Coverage, position: number): number[] {
  const { merged } = coverage;
  let low = 0;
  let high = merged.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const run = merged[middle]!;
    if (position <= run.start) high = middle - 1;
    else if (position >= run.end) low = middle + 1;
    else {
      const gaps: number[] = [];
      const previous = merged[middle - 1];
      const next = merged[middle + 1];
      gaps.push(previous ? (previous.end + run.start) / 2 : run.start);
      gaps.push(next ? (run.end + next.start) / 2 : run.end);
      return gaps;
    }
  }
  return [];
}

/**
 * Where labels sit in the bands they name: at the start (a label at the top of its lane, a header at the left of
 * its column), in the middle, or at the end (a label at the bottom of its lane).
 */
export type LabelAlignment = 'start' | 'centre' | 'end';

/** Equally good readings go to the centre first (halfway between labels is fair when the notes say nothing), then start. */
const ALIGNMENTS: readonly LabelAlignment[] = ['centre', 'start', 'end'];

/** The place of a label that its alignment lines up: its start, its centre or its end. */
function alignedEdge(span: Span, alignment: LabelAlignment): number {
  if (alignment === 'start') return span.start;
  if (alignment === 'end') return span.end;
  return (span.start + span.end) / 2;
}

/**
 * Where the border between two labels falls for an alignment: the next label's start, this one's end, or halfway
 * between their centres (headers of different widths centred on columns of one width).
 */
function alignedBorder(current: Span, next: Span, alignment: LabelAlignment): number {
  if (alignment === 'start') return next.start;
  if (alignment === 'end') return current.end;
  return (alignedEdge(current, alignment) + alignedEdge(next, alignment)) / 2;
}

/**
 * The border between two neighbouring labels (or headers), where a person sees it: where the alignment puts it
 * (halfway between them when the labels are centred on their bands, at the next label's top edge when labels sit
 * at the top of their bands, at this label's bottom edge when they sit at the bottom); else in the gap between two
 * rows of notes nearest that place. Of these, the one that cuts fewest notes, preferring that order; it always
 * lies in the space between the two labels' boxes.
 */
function chooseBorder(current: Span, next: Span, coverage: Coverage, alignment: LabelAlignment): number {
  // Only between the two boxes: a note across both borders must not pull the border into a neighbour's column.
  const low = Math.min(current.end, next.start);
  const high = Math.max(current.end, next.start);
  const middle = (current.end + next.start) / 2;
  const aligned = alignedBorder(current, next, alignment);
  const preferred = [aligned, middle, next.start, current.end];
  // Gaps between notes nearest the aligned place first: a gap between two notes of one cell is further from it.
  const gaps = preferred.flatMap((position) => gapsAround(coverage, position)).sort((a, b) => Math.abs(a - aligned) - Math.abs(b - aligned));
  const candidates = [...preferred, ...gaps].filter((position) => position >= low && position <= high);
  let best = aligned;
  let bestCrossing = Infinity;
  for (const position of candidates) {
    const crossing = countCrossing(coverage, position);
    if (crossing < bestCrossing) {
      best = position;
      bestCrossing = crossing;
    }
  }
  return best;
}

/**
 * How wide the empty stretch between notes is at `position`, within `[low, high]`: 0 when a note lies across it.
 * A border in a wide empty stretch is one a person sees; one squeezed between two rows of notes of a cell is not.
 */
function measureClearance(coverage: Coverage, position: number, low: number, high: number): number {
  if (countCrossing(coverage, position) > 0) return 0;
  const { merged } = coverage;
  // The first run that ends after the position starts at or after it (none lies across it).
  let first = 0;
  let last = merged.length;
  while (first < last) {
    const middle = (first + last) >> 1;
    if (merged[middle]!.end <= position) first = middle + 1;
    else last = middle;
  }
  const before = first > 0 ? merged[first - 1]!.end : -Infinity;
  const after = first < merged.length ? merged[first]!.start : Infinity;
  return Math.max(0, Math.min(after, high) - Math.max(before, low));
}

/** The bands' borders read with one alignment, and how well the notes agree with that reading. */
interface Reading {
  alignment: LabelAlignment;
  borders: number[];
  /** Where the first band starts and the last ends for this alignment: a whole or half pitch from the label. */
  firstStart: number;
  lastEnd: number;
  /** Notes across the places the alignment puts borders at, or outside where its first and last bands would be. */
  cut: number;
  /** How unevenly the lined-up places follow each other: people line labels up by the edge (or centre) they mean. */
  unevenness: number;
  /** How far the first band would start from the floor (the header row, the label column): lanes start there. */
  offset: number;
  /** The empty stretches the borders run through, summed. */
  clearance: number;
}

/** Outer bands may be this share of the usual pitch longer than it, as people do not draw lanes quite alike. */
const OUTER_SLACK = 0.1;

/**
 * The labels read with one alignment. Notes wholly inside their cells never lie across the places the right
 * alignment puts borders at: labels at the start of their bands leave no note before the first label and let the
 * last band run a pitch past the last label's start; labels at the end, the reverse; centred labels have half a
 * pitch on each side.
 */
function readWithAlignment(extents: readonly Span[], floor: number, coverage: Coverage, alignment: LabelAlignment): Reading {
  const pitches = extents.slice(1).map((extent, index) => alignedEdge(extent, alignment) - alignedEdge(extents[index]!, alignment));
  const pitch = median(pitches);
  const unevenness = pitches.reduce((sum, each) => sum + Math.abs(each - pitch), 0);
  const slack = OUTER_SLACK * pitch;
  // Where the first band starts and the last ends for this alignment, a whole or half pitch from the label.
  const reach = alignment === 'centre' ? pitch / 2 : pitch;
  const firstStart = alignment === 'start' ? extents[0]!.start : alignedEdge(extents[0]!, alignment) - reach;
  const lastEnd = alignment === 'end' ? extents[extents.length - 1]!.end : alignedEdge(extents[extents.length - 1]!, alignment) + reach;
  const naturalStart = alignment === 'start' ? firstStart : firstStart - slack;
  const naturalEnd = alignment === 'end' ? lastEnd : lastEnd + slack;
  const count = coverage.starts.length;
  let cut = countBefore(coverage.starts, Math.max(floor, naturalStart), false) + count - countBefore(coverage.ends, naturalEnd, true);
  let clearance = 0;
  const borders = extents.slice(1).map((next, index) => {
    const current = extents[index]!;
    cut += countCrossing(coverage, alignedBorder(current, next, alignment));
    const border = chooseBorder(current, next, coverage, alignment);
    clearance += measureClearance(coverage, border, current.start, next.end);
    return border;
  });
  return { alignment, borders, firstStart, lastEnd, cut, unevenness, offset: Math.abs(firstStart - floor), clearance };
}

/**
 * Where the labels sit in their bands, decided from where the notes lie relative to them: the reading that
 * leaves fewest notes across the borders it puts between labels or outside its bands; then the one whose lined-up
 * places keep the most even pitch (headers of different widths centred on even columns); then the one whose
 * first band starts nearest the header row (or the label column), where people start drawing lanes; then the one
 * whose borders run through the widest empty stretches between notes; then the centre.
 */
function chooseReading(extents: readonly Span[], floor: number, coverage: Coverage): Reading {
  const readings = ALIGNMENTS.map((alignment) => readWithAlignment(extents, floor, coverage, alignment));
  return readings.reduce((best, reading) => (compareReadings(reading, best) < 0 ? reading : best));
}

/** Distances this close are one: a label drawn a few pixels off its place is not another alignment. */
const SAME_DISTANCE = 8;

function compareReadings(a: Reading, b: Reading): number {
  if (a.cut !== b.cut) return a.cut - b.cut;
  if (Math.abs(a.unevenness - b.unevenness) > SAME_DISTANCE * (a.borders.length || 1)) return a.unevenness - b.unevenness;
  if (Math.abs(a.offset - b.offset) > SAME_DISTANCE) return a.offset - b.offset;
  return b.clearance - a.clearance;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length > 0 ? sorted[Math.floor(sorted.length / 2)]! : 0;
}

/**
 * The bands (lanes down, stages across) that labels or headers stand for, along one axis, never before `floor`.
 * Inner borders follow `chooseBorder` with the labels' alignment (`chooseReading`); the first band starts half
 * the usual gap before its label (further when labels sit at the end of their bands); the last band is as long as
 * the others usually are, so notes below a label drawn at the top of its lane stay in it.
 * Invariant: bands are in label order, touch without overlapping, and each holds its own label's centre.
 */
export function computeBandSpans(extents: readonly Span[], floor: number, noteExtents: NoteExtents): Span[] {
  const coverage = createCoverage(noteExtents);
  const gaps = extents.slice(1).map((extent, index) => Math.max(0, extent.start - extents[index]!.end));
  const medianGap = median(gaps);
  const outerGap = extents.length > 1 ? medianGap / 2 : Math.max(0, extents[0]!.start - floor);
  const reading = extents.length > 1 ? chooseReading(extents, floor, coverage) : null;
  const borders = reading?.borders ?? [];
  const first = extents[0]!;
  // Labels at the bottom of their lanes: the first lane reaches a whole pitch above its label's end; headers of
  // different widths centred on their columns: half a pitch before the first one's centre.
  const start = Math.min(first.start, Math.max(floor, Math.min(first.start - outerGap, reading?.firstStart ?? Infinity)));
  const starts = [start, ...borders];
  const lengths = borders.map((border, index) => border - starts[index]!).sort((a, b) => a - b);
  const usualLength = lengths.length > 0 ? lengths[Math.floor(lengths.length / 2)]! : 0;
  const last = extents[extents.length - 1]!;
  const lastStart = starts[starts.length - 1]!;
  const end = Math.max(last.end + outerGap, lastStart + usualLength, reading?.lastEnd ?? -Infinity);
  return extents.map((_, index) => ({ start: starts[index]!, end: index + 1 < starts.length ? starts[index + 1]! : end }));
}
