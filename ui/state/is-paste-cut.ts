/**
 * Whether pasting `pasted` over the selection of `value` goes past `maxLength`. The browser then keeps only what
 * fits and says nothing; the panel says it. Lengths are in UTF-16 code units, as `maxLength` counts them.
 */
export function isPasteCut(value: string, selection: { start: number; end: number }, pasted: string, maxLength: number): boolean {
  const kept = value.length - Math.max(0, selection.end - selection.start);
  return kept + pasted.length > maxLength;
}
