import { LETTER } from './score-emotion';

/** Pairs of marks that open and close speech in English, French, German and Spanish. */
const QUOTE_PAIRS: ReadonlyArray<readonly [open: string, close: string]> = [
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
  ['„', '“'],
  ['„', '”'],
  ['»', '«'],
  ['‘', '’'],
];

/** Any opening mark of QUOTE_PAIRS. */
const HAS_OPENING_MARK = new RegExp(`[${[...new Set(QUOTE_PAIRS.map(([open]) => open))].join('')}]`);

const WORD = new RegExp(`[${LETTER}0-9]+`, 'gu');

/**
 * A note quotes someone when a pair of quote marks holds the whole note, or holds at least two words inside it:
 * `The "free" delivery` marks a word, `She said “it took ages”` reports speech.
 */
export function isQuotedSpeech(text: string): boolean {
  // Most notes hold no quote mark at all: one scan says so, rather than a search for each mark of each pair.
  if (!HAS_OPENING_MARK.test(text)) return false;
  const trimmed = text.trim();
  for (const [open, close] of QUOTE_PAIRS) {
    let start = trimmed.indexOf(open);
    while (start !== -1) {
      const end = trimmed.indexOf(close, start + open.length);
      if (end === -1) break;
      const words = trimmed.slice(start + open.length, end).match(WORD)?.length ?? 0;
      const wholeNote = start === 0 && end + close.length === trimmed.length;
      if (words >= 2 || (wholeNote && words >= 1)) return true;
      start = trimmed.indexOf(open, end + close.length);
    }
  }
  return false;
}
