/** How much of an export's text the Export tab shows: enough to see the format, little enough for a small panel. */
export const OUTPUT_PREVIEW_LIMITS = { lines: 12, lineCharacters: 160 } as const;

export interface OutputPreview {
  /** The first lines, joined by "\n"; a line longer than the limit is cut with "…". */
  text: string;
  shownLines: number;
  totalLines: number;
}

/**
 * The first lines of an export's text as Download saves it, so that a change of format shows what it makes.
 * Invariant: each shown line is the text's line at the same place (cut when too long), none is skipped or added;
 * the byte-order mark a spreadsheet wants is not a character a person reads, and a final line break ends the
 * last line rather than starting an empty one.
 */
export function computeOutputPreview(text: string, limits = OUTPUT_PREVIEW_LIMITS): OutputPreview {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines: string[] = [];
  let totalLines = 0;
  let start = 0;
  // Walks the text once; only the shown lines become strings, so a long export costs no array of all its lines.
  while (start < body.length) {
    const end = body.indexOf('\n', start);
    const stop = end === -1 ? body.length : end;
    if (lines.length < limits.lines) lines.push(cutLine(body.slice(start, stop).replace(/\r$/, ''), limits.lineCharacters));
    totalLines++;
    if (end === -1) break;
    start = end + 1;
  }
  return { text: lines.join('\n'), shownLines: lines.length, totalLines };
}

function cutLine(line: string, max: number): string {
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}
