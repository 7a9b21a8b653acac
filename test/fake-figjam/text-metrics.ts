/**
 * An approximation of text layout, good enough for "height grows with text" and never claimed to match Figma's
 * pixels: every character is 0.6 × fontSize wide (Inter's average advance is about 0.55-0.6 em), a line is
 * 1.2 × fontSize tall (Inter's auto line height is about 1.21 em), lines break at spaces, words longer than a line
 * break anywhere, and "\n" always breaks.
 */
export const CHARACTER_WIDTH_EM = 0.6;
export const LINE_HEIGHT_EM = 1.2;

export function measureLineWidth(line: string, fontSize: number): number {
  return line.length * CHARACTER_WIDTH_EM * fontSize;
}

export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const charactersPerLine = Math.max(1, Math.floor(maxWidth / (CHARACTER_WIDTH_EM * fontSize)));
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (candidate.length <= charactersPerLine) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      let rest = word;
      while (rest.length > charactersPerLine) {
        lines.push(rest.slice(0, charactersPerLine));
        rest = rest.slice(charactersPerLine);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

export function measureTextBlock(text: string, fontSize: number, maxWidth: number | null): { width: number; height: number } {
  const lines = maxWidth === null ? text.split('\n') : wrapText(text, fontSize, maxWidth);
  const width = Math.max(0, ...lines.map((line) => measureLineWidth(line, fontSize)));
  return { width, height: Math.max(1, lines.length) * LINE_HEIGHT_EM * fontSize };
}
