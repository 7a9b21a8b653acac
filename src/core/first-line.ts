/** A label's or a note's first line, trimmed: what a header or a lane label is called when it runs on. */
export function firstLine(text: string): string {
  return (text.trim().split(/\r?\n/)[0] ?? '').trim();
}
