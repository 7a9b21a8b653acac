/**
 * A big export's text goes to the panel in pieces of this many characters (about 2 MB as UTF-16), each a message
 * of its own, so no single postMessage carries tens of megabytes.
 */
export const EXPORT_TEXT_CHUNK_SIZE = 1_000_000;

/** Slices `text` into pieces of at most `size` characters, never between the two halves of a surrogate pair. */
export function splitTextIntoChunks(text: string, size: number = EXPORT_TEXT_CHUNK_SIZE): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff && end - 1 > start) end -= 1;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}
