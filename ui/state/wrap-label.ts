/**
 * A name cut into at most `maxLines` lines of at most `maxChars` characters, broken between words; a word longer
 * than a line keeps its start and ends in an ellipsis (a word broken in two reads as two words), and so does the
 * last line when the name goes on. SVG text does not wrap by itself, and a chart label must never run into its
 * neighbour's.
 */
export function wrapLabel(name: string, maxChars: number, maxLines: number): string[] {
  const width = Math.max(1, Math.floor(maxChars));
  const cut = (text: string) => `${Array.from(text).slice(0, Math.max(0, width - 1)).join('').trimEnd()}…`;
  const fit = (word: string) => (Array.from(word).length > width ? cut(word) : word);
  const lines: string[] = [];
  let line = '';
  for (const word of name.trim().split(/\s+/).filter((part) => part !== '')) {
    if (line !== '' && Array.from(line).length + 1 + Array.from(word).length <= width) {
      line = `${line} ${word}`;
      continue;
    }
    if (line !== '') lines.push(line);
    line = fit(word);
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  // The last line holds as much of the rest as fits, so the cut hides as little as it can.
  const kept = lines.slice(0, maxLines - 1);
  kept.push(cut(lines.slice(maxLines - 1).join(' ')));
  return kept;
}
