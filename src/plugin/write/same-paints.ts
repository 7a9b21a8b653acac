/** A colour channel as an 8-bit value: Figma may read back a channel as a 32-bit float of what was written. */
function channel(value: number): number {
  return Math.round(value * 255);
}

function samePaint(a: Paint, b: Paint): boolean {
  if (a.type !== b.type) return false;
  if ((a.visible ?? true) !== (b.visible ?? true) || (a.opacity ?? 1) !== (b.opacity ?? 1) || (a.blendMode ?? 'NORMAL') !== (b.blendMode ?? 'NORMAL')) return false;
  if (a.type !== 'SOLID' || b.type !== 'SOLID') return JSON.stringify(a) === JSON.stringify(b);
  return channel(a.color.r) === channel(b.color.r) && channel(a.color.g) === channel(b.color.g) && channel(a.color.b) === channel(b.color.b);
}

/**
 * Whether two paint lists look the same on the board. Figma reads a paint back with its defaults filled in
 * (visible, opacity, blendMode), so a paint read from a node never equals the one written as JSON.
 */
export function samePaints(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return a === b;
  const left = a as ReadonlyArray<Paint>;
  const right = b as ReadonlyArray<Paint>;
  return left.length === right.length && left.every((paint, index) => samePaint(paint, right[index]!));
}
