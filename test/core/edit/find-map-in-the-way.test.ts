import { describe, expect, it } from 'vitest';
import { NEAR_MAP_MARGIN } from '../../../src/core/board/assemble-map-snapshots';
import { findMapInTheWay } from '../../../src/core/edit/find-map-in-the-way';

const current = { x: 0, y: 0, width: 1000, height: 800 };
const neighbour = { title: 'Future', bounds: { x: 1400, y: 0, width: 1000, height: 800 } };

describe('findMapInTheWay', () => {
  it('finds a map the redrawn map would come within the near-map margin of', () => {
    const grown = { ...current, width: 1400 - NEAR_MAP_MARGIN + 1 };
    expect(findMapInTheWay(current, grown, [neighbour])).toBe(neighbour);
    expect(findMapInTheWay(current, { ...current, width: 3000 }, [{ title: 'Far', bounds: { x: 0, y: 5000, width: 10, height: 10 } }, neighbour])).toBe(neighbour);
  });

  it('lets a map grow up to the margin, or away from its neighbours', () => {
    expect(findMapInTheWay(current, { ...current, width: 1400 - NEAR_MAP_MARGIN }, [neighbour])).toBeNull();
    expect(findMapInTheWay(current, { ...current, height: 5000 }, [neighbour])).toBeNull();
    expect(findMapInTheWay(current, { ...current, x: -2000, width: 3000 }, [neighbour])).toBeNull();
  });

  it('keeps maps already close editable unless the change brings them closer', () => {
    const close = { title: 'Close', bounds: { x: 1100, y: 0, width: 1000, height: 800 } };
    expect(findMapInTheWay(current, current, [close])).toBeNull();
    expect(findMapInTheWay(current, { ...current, width: 900 }, [close])).toBeNull();
    expect(findMapInTheWay(current, { ...current, width: 1050 }, [close])).toBe(close);
  });
});
