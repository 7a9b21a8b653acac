import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMapLayout } from '../../../src/core/template/compute-map-layout';
import { computeMapOrigin, MAP_GAP } from '../../../src/core/template/compute-map-origin';
import type { Rect } from '../../../src/core/shared/geometry';
import { rectRight, rectsOverlap } from '../../../src/core/shared/geometry';
import { createDefaultSpec } from '../../../src/core/template/presets';

const rectArbitrary: fc.Arbitrary<Rect> = fc.record({
  x: fc.oneof(fc.integer({ min: -100_000, max: 100_000 }), fc.double({ min: -100_000, max: 100_000, noNaN: true })),
  y: fc.oneof(fc.integer({ min: -100_000, max: 100_000 }), fc.double({ min: -100_000, max: 100_000, noNaN: true })),
  width: fc.oneof(fc.integer({ min: 0, max: 20_000 }), fc.double({ min: 0, max: 20_000, noNaN: true })),
  height: fc.oneof(fc.integer({ min: 0, max: 20_000 }), fc.double({ min: 0, max: 20_000, noNaN: true })),
});

const sizeArbitrary = fc.record({ width: fc.integer({ min: 1, max: 50_000 }), height: fc.integer({ min: 1, max: 50_000 }) });

describe('computeMapOrigin', () => {
  it('puts the first map at (0, 0) on an empty board', () => {
    expect(computeMapOrigin([], { width: 5000, height: 4000 })).toEqual({ x: 0, y: 0 });
  });

  it('places a new map that overlaps nothing on the board, clear of it and top-aligned with it', () => {
    fc.assert(
      fc.property(fc.array(rectArbitrary, { minLength: 1, maxLength: 40 }), sizeArbitrary, (existing, size) => {
        const origin = computeMapOrigin(existing, size);
        const placed: Rect = { ...origin, ...size };
        for (const rect of existing) {
          expect(rectsOverlap(placed, rect), JSON.stringify(rect)).toBe(false);
          expect(origin.x - rectRight(rect)).toBeGreaterThanOrEqual(MAP_GAP);
        }
        expect(origin.y).toBe(Math.min(...existing.map((rect) => rect.y)));
        expect(Number.isFinite(origin.x)).toBe(true);
      }),
    );
  });

  it('puts a second map beside the first and a third beside both, top-aligned', () => {
    const spec = createDefaultSpec();
    const size = computeMapLayout(spec, { x: 0, y: 0 }).bounds;
    const first = computeMapLayout(spec, computeMapOrigin([], size));
    const secondOrigin = computeMapOrigin([first.bounds], size);
    expect(secondOrigin).toEqual({ x: first.bounds.width + MAP_GAP, y: 0 });
    const second = computeMapLayout(spec, secondOrigin);
    expect(rectsOverlap(first.bounds, second.bounds)).toBe(false);
    const thirdOrigin = computeMapOrigin([first.bounds, second.bounds], size);
    expect(thirdOrigin).toEqual({ x: rectRight(second.bounds) + MAP_GAP, y: 0 });
  });

  it('goes beside content that sits left of and above the page origin', () => {
    const existing: Rect[] = [
      { x: -3000, y: -1200, width: 500, height: 500 },
      { x: -800, y: 300, width: 240, height: 240 },
    ];
    expect(computeMapOrigin(existing, { width: 100, height: 100 })).toEqual({ x: -560 + MAP_GAP, y: -1200 });
  });

  it('ignores a rectangle with a coordinate that is not a number', () => {
    const existing: Rect[] = [
      { x: Number.NaN, y: 0, width: 10, height: 10 },
      { x: 100, y: 50, width: 200, height: Number.POSITIVE_INFINITY },
    ];
    expect(computeMapOrigin(existing, { width: 100, height: 100 })).toEqual({ x: 0, y: 0 });
    expect(computeMapOrigin([...existing, { x: 0, y: 20, width: 10, height: 10 }], { width: 1, height: 1 })).toEqual({
      x: 10 + MAP_GAP,
      y: 20,
    });
  });
});
