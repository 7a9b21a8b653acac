import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAXIMUM_ZOOM, MINIMUM_ZOOM, centerViewOn, computeViewCenter, fitViewToBox, panView, toPagePoint, zoomViewAt } from '../../scripts/playground/board-view';
import { findDropSection } from '../../scripts/playground/find-drop-section';
import type { SceneItem } from '../../scripts/playground/read-board-scene';

const coordinate = fc.double({ min: -1e5, max: 1e5, noNaN: true });
const point = fc.record({ x: coordinate, y: coordinate });
const zoom = fc.double({ min: MINIMUM_ZOOM, max: MAXIMUM_ZOOM, noNaN: true });
const view = fc.record({ offset: point, zoom });

function section(id: string, x: number, y: number, width: number, height: number, children: SceneItem[] = []): SceneItem {
  return { id, type: 'SECTION', name: id, x, y, width, height, rotation: 0, fill: null, stroke: null, strokeWeight: 1, shapeType: null, text: null, locked: false, author: null, stuckToId: null, children };
}

describe('board view', () => {
  it('keeps the page point under the pointer when zooming', () => {
    fc.assert(
      fc.property(view, point, zoom, (start, screen, nextZoom) => {
        const before = toPagePoint(start, screen);
        const after = toPagePoint(zoomViewAt(start, screen, nextZoom), screen);
        expect(after.x).toBeCloseTo(before.x, 4);
        expect(after.y).toBeCloseTo(before.y, 4);
      }),
    );
  });

  it('moves the page under a pan by the screen distance divided by the zoom', () => {
    fc.assert(
      fc.property(view, point, point, (start, screen, delta) => {
        const moved = toPagePoint(panView(start, delta), screen);
        const before = toPagePoint(start, screen);
        expect(moved.x).toBeCloseTo(before.x - delta.x / start.zoom, 4);
        expect(moved.y).toBeCloseTo(before.y - delta.y / start.zoom, 4);
      }),
    );
  });

  it('puts a centre at the middle of the screen, and reads it back', () => {
    const screen = { width: 1000, height: 600 };
    const centred = centerViewOn({ x: 2500, y: -400 }, 0.5, screen);
    expect(toPagePoint(centred, { x: 500, y: 300 })).toEqual({ x: 2500, y: -400 });
    expect(computeViewCenter(centred, screen)).toEqual({ x: 2500, y: -400 });
  });

  it('fits a large box inside the margins and never zooms a small one past 100 %', () => {
    const screen = { width: 1000, height: 600 };
    const large = fitViewToBox({ x: 0, y: 0, width: 5000, height: 1000 }, screen, 50);
    expect(large.zoom).toBeCloseTo(900 / 5000);
    expect(toPagePoint(large, { x: 50, y: 300 }).x).toBeCloseTo(0);
    expect(fitViewToBox({ x: 10, y: 10, width: 240, height: 240 }, screen).zoom).toBe(1);
  });
});

describe('findDropSection', () => {
  const lane = section('lane', 100, 100, 400, 200);
  const otherLane = section('other', 100, 300, 400, 200);
  const map = section('map', 0, 0, 600, 600, [lane, otherLane]);
  const overlapping = section('front', 550, 550, 200, 200);

  it('finds the innermost section under the point', () => {
    expect(findDropSection([map], { x: 150, y: 150 })?.id).toBe('lane');
    expect(findDropSection([map], { x: 150, y: 350 })?.id).toBe('other');
    expect(findDropSection([map], { x: 50, y: 50 })?.id).toBe('map');
  });

  it('answers the page (null) outside every section, with edges counted as in the section they start', () => {
    expect(findDropSection([map], { x: 700, y: 50 })).toBeNull();
    expect(findDropSection([map], { x: 100, y: 300 })?.id).toBe('other');
  });

  it('prefers the frontmost of overlapping siblings and skips the dragged node', () => {
    expect(findDropSection([map, overlapping], { x: 580, y: 580 })?.id).toBe('front');
    expect(findDropSection([map, overlapping], { x: 580, y: 580 }, 'front')?.id).toBe('map');
    expect(findDropSection([map], { x: 150, y: 150 }, 'lane')?.id).toBe('map');
  });
});
