export interface RgbColor {
  r: number;
  g: number;
  b: number;
}

export interface PaletteEntry {
  name: string;
  color: RgbColor;
}

function fromHex(hex: string): RgbColor {
  const value = Number.parseInt(hex.slice(1), 16);
  // Divided by 255, not rounded decimals: FigJam only recognises a fill as a palette colour on an exact match.
  return { r: ((value >> 16) & 0xff) / 255, g: ((value >> 8) & 0xff) / 255, b: (value & 0xff) / 255 };
}

/** The sticky palette since FigJam's 2024 redesign (UI3). */
export const STICKY_PALETTE: readonly PaletteEntry[] = [
  { name: 'White', color: fromHex('#FFFFFF') },
  { name: 'Gray', color: fromHex('#E6E6E6') },
  { name: 'Green', color: fromHex('#B3EFBD') },
  { name: 'Teal', color: fromHex('#B3F4EF') },
  { name: 'Blue', color: fromHex('#A8DAFF') },
  { name: 'Violet', color: fromHex('#D3BDFF') },
  { name: 'Pink', color: fromHex('#FFA8DB') },
  { name: 'Red', color: fromHex('#FFB8A8') },
  { name: 'Orange', color: fromHex('#FFD3A8') },
  { name: 'Yellow', color: fromHex('#FFE299') },
];

/**
 * The sticky palette before 2024, still on older boards. Its "White" was a light gray (the same as today's Gray),
 * so that value is left out here and reads as Gray: both names are fair, and one value cannot mean two names.
 */
export const LEGACY_STICKY_PALETTE: readonly PaletteEntry[] = [
  { name: 'Gray', color: { r: 0.686, g: 0.737, b: 0.812 } },
  { name: 'Red', color: { r: 1, g: 0.686, b: 0.639 } },
  { name: 'Orange', color: { r: 1, g: 0.769, b: 0.439 } },
  { name: 'Yellow', color: { r: 1, g: 0.851, b: 0.4 } },
  { name: 'Green', color: { r: 0.522, g: 0.878, b: 0.639 } },
  { name: 'Blue', color: { r: 0.502, g: 0.792, b: 1 } },
  { name: 'Violet', color: { r: 0.851, g: 0.722, b: 1 } },
  { name: 'Pink', color: { r: 1, g: 0.741, b: 0.949 } },
];

const ALL_ENTRIES: readonly PaletteEntry[] = [...STICKY_PALETTE, ...LEGACY_STICKY_PALETTE];

function squaredDistance(a: RgbColor, b: RgbColor): number {
  return (a.r - b.r) ** 2 + (a.g - b.g) ** 2 + (a.b - b.b) ** 2;
}

/**
 * The name of the current or pre-2024 sticky palette entry nearest to `color` (channels 0..1). Nearest, never
 * exact: fills written by other tools are rounded, and both palettes are in use.
 */
export function nearestPaletteColor(color: RgbColor): string {
  let best = ALL_ENTRIES[0]!;
  let bestDistance = Infinity;
  for (const entry of ALL_ENTRIES) {
    const distance = squaredDistance(color, entry.color);
    if (distance < bestDistance) {
      best = entry;
      bestDistance = distance;
    }
  }
  return best.name;
}
