import { describe, expect, it } from 'vitest';
import { LEGACY_STICKY_PALETTE, STICKY_PALETTE, nearestPaletteColor } from '../../../src/core/shared/nearest-palette-color';

function hex(value: string) {
  const number = Number.parseInt(value.slice(1), 16);
  return { r: (number >> 16) / 255, g: ((number >> 8) & 0xff) / 255, b: (number & 0xff) / 255 };
}

describe('nearestPaletteColor', () => {
  const current: Array<[string, string]> = [
    ['#FFFFFF', 'White'],
    ['#E6E6E6', 'Gray'],
    ['#B3EFBD', 'Green'],
    ['#B3F4EF', 'Teal'],
    ['#A8DAFF', 'Blue'],
    ['#D3BDFF', 'Violet'],
    ['#FFA8DB', 'Pink'],
    ['#FFB8A8', 'Red'],
    ['#FFD3A8', 'Orange'],
    ['#FFE299', 'Yellow'],
  ];
  it.each(current)('names the current palette colour %s %s', (value, name) => {
    expect(nearestPaletteColor(hex(value))).toBe(name);
  });

  const legacy: Array<[{ r: number; g: number; b: number }, string]> = [
    [{ r: 0.686, g: 0.737, b: 0.812 }, 'Gray'],
    [{ r: 1, g: 0.686, b: 0.639 }, 'Red'],
    [{ r: 1, g: 0.769, b: 0.439 }, 'Orange'],
    [{ r: 1, g: 0.851, b: 0.4 }, 'Yellow'],
    [{ r: 0.522, g: 0.878, b: 0.639 }, 'Green'],
    [{ r: 0.502, g: 0.792, b: 1 }, 'Blue'],
    [{ r: 0.851, g: 0.722, b: 1 }, 'Violet'],
    [{ r: 1, g: 0.741, b: 0.949 }, 'Pink'],
    [{ r: 0.902, g: 0.902, b: 0.902 }, 'Gray'],
  ];
  it.each(legacy)('names the pre-2024 palette colour %o %s', (color, name) => {
    expect(nearestPaletteColor(color)).toBe(name);
  });

  it('names rounded and slightly off values by the nearest entry', () => {
    expect(nearestPaletteColor({ r: 1, g: 0.89, b: 0.6 })).toBe('Yellow');
    expect(nearestPaletteColor({ r: 0.66, g: 0.85, b: 0.99 })).toBe('Blue');
    expect(nearestPaletteColor({ r: 0.95, g: 0.95, b: 0.95 })).toBe('Gray');
    expect(nearestPaletteColor({ r: 0.99, g: 0.99, b: 0.99 })).toBe('White');
  });

  it('exports both palettes with channels between 0 and 1', () => {
    expect(STICKY_PALETTE).toHaveLength(10);
    expect(LEGACY_STICKY_PALETTE).toHaveLength(8);
    for (const entry of [...STICKY_PALETTE, ...LEGACY_STICKY_PALETTE]) {
      for (const channel of [entry.color.r, entry.color.g, entry.color.b]) expect(channel).toBeGreaterThanOrEqual(0);
      for (const channel of [entry.color.r, entry.color.g, entry.color.b]) expect(channel).toBeLessThanOrEqual(1);
    }
  });

  it('gives each entry its hex value, the same colour as its channels', () => {
    expect(STICKY_PALETTE.map((entry) => [entry.hex, entry.name])).toEqual(current);
    expect(LEGACY_STICKY_PALETTE.map((entry) => entry.hex)).toEqual(['#AFBCCF', '#FFAFA3', '#FFC470', '#FFD966', '#85E0A3', '#80CAFF', '#D9B8FF', '#FFBDF2']);
    for (const entry of [...STICKY_PALETTE, ...LEGACY_STICKY_PALETTE]) {
      const fromHex = hex(entry.hex);
      for (const channel of ['r', 'g', 'b'] as const) expect(Math.abs(fromHex[channel] - entry.color[channel])).toBeLessThanOrEqual(0.5 / 255);
      expect(nearestPaletteColor(fromHex)).toBe(entry.name);
    }
  });
});
