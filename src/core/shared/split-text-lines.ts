/**
 * Every way a board text breaks a line: FigJam stores Shift+Enter as U+2028 (line separator), and files from
 * other tools bring CR, CRLF, U+2029, NEL, vertical tab and form feed. Splitting only on "\n" would read a
 * two-line label as one word.
 */
// eslint-disable-next-line no-control-regex -- vertical tab and form feed are line breaks a text may hold
export const LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/;

/** The lines of a board text, split at any line break. */
export function splitTextLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** The first non-blank line, trimmed: how a label or header is named. */
export function readFirstLine(text: string): string {
  for (const line of splitTextLines(text)) {
    const trimmed = line.trim();
    if (trimmed !== '') return trimmed;
  }
  return '';
}

/**
 * Breaks that end a paragraph: LINE_BREAK without U+2028, which is FigJam's Shift+Enter, a line wrapped inside a
 * paragraph. Keep the two lists together.
 */
// eslint-disable-next-line no-control-regex -- vertical tab and form feed are line breaks a text may hold
const PARAGRAPH_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2029]/;
const SOFT_BREAK = /\s*\u2028\s*/g;

/** The first non-blank paragraph, its Shift+Enter breaks read as spaces, trimmed: "Pain⏎points" is "Pain points". */
export function readFirstParagraph(text: string): string {
  for (const paragraph of text.split(PARAGRAPH_BREAK)) {
    const joined = paragraph.replace(SOFT_BREAK, ' ').trim();
    if (joined !== '') return joined;
  }
  return '';
}
