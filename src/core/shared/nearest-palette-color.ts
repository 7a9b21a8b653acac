/** RGB channels 0–1, computed as hex / 255: FigJam only treats a fill as a palette colour on an exact match. */
export interface RgbColor {
  r: number;
  g: number;
  b: number;
}

export interface PaletteEntry {
  name: string;
  /** "#RRGGBB", upper case. */
  hex: string;
  /** Channels 0..1, as a fill takes them. */
  color: RgbColor;
}

function fromHex(hex: string): RgbColor {
  const value = Number.parseInt(hex.slice(1), 16);
  // Divided by 255, not rounded decimals: FigJam only recognises a fill as a palette colour on an exact match.
  return { r: ((value >> 16) & 0xff) / 255, g: ((value >> 8) & 0xff) / 255, b: (value & 0xff) / 255 };
}

function createEntry(name: string, hex: string): PaletteEntry {
  return { name, hex, color: fromHex(hex) };
}

function toHex(color: RgbColor): string {
  const channel = (value: number) => Math.round(value * 255).toString(16).padStart(2, '0');
  return `#${channel(color.r)}${channel(color.g)}${channel(color.b)}`.toUpperCase();
}

/** Old fills were stored as rounded decimals, so the decimals are the data and the hex is derived from them. */
function createLegacyEntry(name: string, color: RgbColor): PaletteEntry {
  return { name, hex: toHex(color), color };
}

/** The sticky palette since FigJam's 2024 redesign (UI3). */
export const STICKY_PALETTE: readonly PaletteEntry[] = [
  createEntry('White', '#FFFFFF'),
  createEntry('Gray', '#E6E6E6'),
  createEntry('Green', '#B3EFBD'),
  createEntry('Teal', '#B3F4EF'),
  createEntry('Blue', '#A8DAFF'),
  createEntry('Violet', '#D3BDFF'),
  createEntry('Pink', '#FFA8DB'),
  createEntry('Red', '#FFB8A8'),
  createEntry('Orange', '#FFD3A8'),
  createEntry('Yellow', '#FFE299'),
];

/**
 * The sticky palette before 2024, still on older boards. Its "White" was a light gray (the same as today's Gray),
 * so that value is left out here and reads as Gray: both names are fair, and one value cannot mean two names.
 */
export const LEGACY_STICKY_PALETTE: readonly PaletteEntry[] = [
  createLegacyEntry('Gray', { r: 0.686, g: 0.737, b: 0.812 }),
  createLegacyEntry('Red', { r: 1, g: 0.686, b: 0.639 }),
  createLegacyEntry('Orange', { r: 1, g: 0.769, b: 0.439 }),
  createLegacyEntry('Yellow', { r: 1, g: 0.851, b: 0.4 }),
  createLegacyEntry('Green', { r: 0.522, g: 0.878, b: 0.639 }),
  createLegacyEntry('Blue', { r: 0.502, g: 0.792, b: 1 }),
  createLegacyEntry('Violet', { r: 0.851, g: 0.722, b: 1 }),
  createLegacyEntry('Pink', { r: 1, g: 0.741, b: 0.949 }),
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

/** The current palette's entry of a colour name, any case ("yellow", "Yellow"); undefined for an unknown name. */
export function findPaletteEntry(name: string): PaletteEntry | undefined {
  const wanted = name.trim().toLowerCase();
  return STICKY_PALETTE.find((entry) => entry.name.toLowerCase() === wanted);
}
