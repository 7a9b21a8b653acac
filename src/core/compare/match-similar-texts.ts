import { LETTER } from '../journey/score-emotion';

/** `#tags` cite evidence and quote marks and punctuation frame the words: neither changes what a note says. */
const TAGS = /[#＃][^\s#＃]*/g;
const NOT_WORDS = new RegExp(`[^${LETTER}0-9]+`, 'gu');

/** The text a note is matched by: tags and punctuation out, case and accents and spacing ignored. */
export function readComparableText(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(TAGS, ' ').replace(NOT_WORDS, ' ').trim();
}

/** Edits allowed between two texts: a fifth of the longer, at least one, so "Slow checkout" meets "Slow check-out". */
function allowedEdits(a: string, b: string): number {
  return Math.max(1, Math.floor(Math.max(a.length, b.length) / 5));
}

/** The Levenshtein distance of two texts, or Infinity as soon as it must exceed `limit` (each row's minimum grows). */
function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return Infinity;
    previous = current;
  }
  return previous[b.length]!;
}

export interface MatchableText {
  text: string;
  /** Matches in the same group (a stage) win over matches across groups. */
  group: string;
}

/**
 * Pairs of indexes (first list, second list) of texts that say the same thing, each item used at most once: the
 * same comparable text first (same group before other groups, then in order), then texts a few edits apart, the
 * closest pairs first. Texts that are empty once compared match nothing.
 */
export function matchSimilarTexts(first: readonly MatchableText[], second: readonly MatchableText[]): Array<[number, number]> {
  const firstKeys = first.map((item) => readComparableText(item.text));
  const secondKeys = second.map((item) => readComparableText(item.text));
  const pairs: Array<[number, number]> = [];
  const usedFirst = new Set<number>();
  const usedSecond = new Set<number>();
  const take = (i: number, j: number) => {
    pairs.push([i, j]);
    usedFirst.add(i);
    usedSecond.add(j);
  };

  const secondByKey = new Map<string, number[]>();
  secondKeys.forEach((key, j) => secondByKey.set(key, [...(secondByKey.get(key) ?? []), j]));
  for (const sameGroup of [true, false]) {
    firstKeys.forEach((key, i) => {
      if (key === '' || usedFirst.has(i)) return;
      const j = (secondByKey.get(key) ?? []).find((index) => !usedSecond.has(index) && (!sameGroup || second[index]!.group === first[i]!.group));
      if (j !== undefined) take(i, j);
    });
  }

  const candidates: Array<{ i: number; j: number; distance: number; sameGroup: boolean }> = [];
  firstKeys.forEach((a, i) => {
    if (a === '' || usedFirst.has(i)) return;
    secondKeys.forEach((b, j) => {
      if (b === '' || usedSecond.has(j)) return;
      const distance = boundedEditDistance(a, b, allowedEdits(a, b));
      if (distance !== Infinity) candidates.push({ i, j, distance, sameGroup: first[i]!.group === second[j]!.group });
    });
  });
  candidates.sort((x, y) => x.distance - y.distance || Number(y.sameGroup) - Number(x.sameGroup) || x.i - y.i || x.j - y.j);
  for (const { i, j } of candidates) if (!usedFirst.has(i) && !usedSecond.has(j)) take(i, j);
  return pairs.sort((x, y) => x[0] - y[0]);
}
