/**
 * Conservative glyph widths in em for Inter (Medium and Bold), so a box sized from the estimate holds the text
 * Figma draws. Measured Inter averages are about 0.55 em for lower case and digits, 0.7 em for capitals,
 * 0.28 em for a space and 1.2 em for an emoji; each is rounded up. Bold is not told apart: its lower-case
 * average (about 0.58 em) is still under the 0.6 em used here.
 */
export const GLYPH_WIDTH_EM = {
  space: 0.3,
  regular: 0.6,
  capital: 0.75,
  /** Emoji, CJK ideographs, kana, Hangul and full-width forms. */
  wide: 1.25,
} as const;

/** Inter's automatic line height is about 1.21 em; emoji on a line push it a little higher. */
export const LINE_HEIGHT_EM = 1.3;

export interface TextSize {
  /** The widest line. */
  width: number;
  height: number;
  lineCount: number;
  /** True when a word is wider than the box and had to be broken between letters. */
  breaksWords: boolean;
}

const ZERO_WIDTH_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f], // combining diacritics
  [0x200b, 0x200f], // zero-width space and joiners, direction marks
  [0x202a, 0x202e], // direction embeddings
  [0x2066, 0x2069], // direction isolates
  [0xfe00, 0xfe0f], // variation selectors (emoji presentation)
  [0x1f3fb, 0x1f3ff], // skin tone modifiers
  [0xe0020, 0xe007f], // tag characters in flag sequences
];

const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2600, 0x27bf],
  [0x2e80, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f000, 0x1faff],
  [0x20000, 0x3fffd],
];

function inRanges(codePoint: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  return ranges.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/** Width of one code point in em. Case is tested without `\p{Lu}`, which the ES2017 sandbox bundle cannot rely on. */
export function estimateGlyphWidthEm(character: string): number {
  const codePoint = character.codePointAt(0) ?? 0;
  if (character === ' ' || character === '\u00a0') return GLYPH_WIDTH_EM.space;
  if (inRanges(codePoint, ZERO_WIDTH_RANGES)) return 0;
  if (inRanges(codePoint, WIDE_RANGES)) return GLYPH_WIDTH_EM.wide;
  if (character !== character.toLowerCase() && character === character.toUpperCase()) return GLYPH_WIDTH_EM.capital;
  return GLYPH_WIDTH_EM.regular;
}

/** Width of `text` on one line, without wrapping. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let widthEm = 0;
  for (const character of text) widthEm += estimateGlyphWidthEm(character);
  return widthEm * fontSize;
}

interface WrapState {
  lineCount: number;
  lineWidth: number;
  widestLine: number;
  breaksWords: boolean;
}

function startLine(state: WrapState): void {
  state.widestLine = Math.max(state.widestLine, state.lineWidth);
  state.lineCount += 1;
  state.lineWidth = 0;
}

function placeBrokenWord(state: WrapState, word: string, fontSize: number, boxWidth: number): void {
  state.breaksWords = true;
  for (const character of word) {
    const width = estimateGlyphWidthEm(character) * fontSize;
    if (state.lineWidth > 0 && state.lineWidth + width > boxWidth) startLine(state);
    state.lineWidth += width;
  }
}

/**
 * Size of `text` wrapped the way Figma wraps a fixed-width text box: greedy at spaces, a word wider than the
 * box broken between letters, a line per "\n" (an empty paragraph still takes a line).
 */
export function estimateTextSize(text: string, fontSize: number, boxWidth: number): TextSize {
  const spaceWidth = GLYPH_WIDTH_EM.space * fontSize;
  const state: WrapState = { lineCount: 0, lineWidth: 0, widestLine: 0, breaksWords: false };
  for (const paragraph of text.split('\n')) {
    startLine(state);
    let lineHasWord = false;
    for (const word of paragraph.split(' ')) {
      const wordWidth = estimateTextWidth(word, fontSize);
      if (lineHasWord && state.lineWidth + spaceWidth + wordWidth <= boxWidth) {
        state.lineWidth += spaceWidth + wordWidth;
        continue;
      }
      if (lineHasWord) startLine(state);
      lineHasWord = true;
      if (wordWidth <= boxWidth) state.lineWidth = wordWidth;
      else placeBrokenWord(state, word, fontSize, boxWidth);
    }
  }
  state.widestLine = Math.max(state.widestLine, state.lineWidth);
  return {
    width: state.widestLine,
    height: state.lineCount * LINE_HEIGHT_EM * fontSize,
    lineCount: state.lineCount,
    breaksWords: state.breaksWords,
  };
}

/** The estimated height of `text` in a box `boxWidth` wide, rounded up to a whole pixel so boxes never clip it. */
export function estimateTextHeight(text: string, fontSize: number, boxWidth: number): number {
  return Math.ceil(estimateTextSize(text, fontSize, boxWidth).height);
}
