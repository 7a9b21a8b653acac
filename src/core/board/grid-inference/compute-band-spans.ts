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
 * The border between two neighbouring labels (or headers), where a person sees it: halfway between them when the
 * labels are centred on their bands, at the next label's top edge when labels sit at the top of their bands, at
 * this label's bottom edge when they sit at the bottom; else in the gap between two rows of notes nearest the
 * middle. Of these, the one that cuts fewest notes, preferring that order; it always lies in the space between
 * the two labels' boxes.
 */
function chooseBorder(current: Span, next: Span, coverage: Coverage): number {
  // Only between the two boxes: a note across both borders must not pull the border into a neighbour's column.
  const low = Math.min(current.end, next.start);
  const high = Math.max(current.end, next.start);
  const middle = (current.end + next.start) / 2;
  const preferred = [middle, next.start, current.end];
  // Gaps between notes nearest the middle first: a gap between two notes of one cell is further from it.
  const gaps = preferred.flatMap((position) => gapsAround(coverage, position)).sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle));
  const candidates = [...preferred, ...gaps].filter((position) => position >= low && position <= high);
  let best = middle;
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
 * The bands (lanes down, stages across) that labels or headers stand for, along one axis, never before `floor`.
 * Inner borders follow `chooseBorder`; the first band starts half the usual gap before its label; the last band
 * is as long as the others usually are, so notes below a label drawn at the top of its lane stay in it.
 * Invariant: bands are in label order, touch without overlapping, and each holds its own label's centre.
 */
export function computeBandSpans(extents: readonly Span[], floor: number, noteExtents: NoteExtents): Span[] {
  const coverage = createCoverage(noteExtents);
  const gaps = extents.slice(1).map((extent, index) => Math.max(0, extent.start - extents[index]!.end));
  const sortedGaps = [...gaps].sort((a, b) => a - b);
  const medianGap = sortedGaps.length > 0 ? sortedGaps[Math.floor(sortedGaps.length / 2)]! : 0;
  const outerGap = extents.length > 1 ? medianGap / 2 : Math.max(0, extents[0]!.start - floor);
  const borders = extents.slice(1).map((extent, index) => chooseBorder(extents[index]!, extent, coverage));
  const first = extents[0]!;
  const start = Math.min(first.start, Math.max(floor, first.start - outerGap));
  const starts = [start, ...borders];
  const lengths = borders.map((border, index) => border - starts[index]!).sort((a, b) => a - b);
  const usualLength = lengths.length > 0 ? lengths[Math.floor(lengths.length / 2)]! : 0;
  const last = extents[extents.length - 1]!;
  const lastStart = starts[starts.length - 1]!;
  const end = Math.max(last.end + outerGap, lastStart + usualLength);
  return extents.map((_, index) => ({ start: starts[index]!, end: index + 1 < starts.length ? starts[index + 1]! : end }));
}
