import { describe, expect, it } from 'vitest';
import type { LaneSnapshot, MapSnapshot, StageSnapshot } from '../../../src/core/board/board-snapshot';
import { EMOTION_CURVE_DOT_SIZE, computeEmotionCurve } from '../../../src/core/journey/compute-emotion-curve';
import type { LaneKind } from '../../../src/core/shared/lane-kinds';

/** A band 1000 tall: the score range runs from 120 below its top (+2) to 120 above its bottom (-2), 760 long. */
function lane(id: string, kind: LaneKind, y: number, height = 1000): LaneSnapshot {
  return { id, name: id, kind, nodeId: `node-${id}`, bounds: { x: 0, y, width: 3000, height } };
}

function stage(id: string, x: number, width: number): StageSnapshot {
  return { id, name: id, nodeId: `node-${id}`, bounds: { x, y: 0, width, height: 5000 } };
}

function map(lanes: LaneSnapshot[], stages = [stage('a', 300, 600), stage('b', 900, 600), stage('c', 1500, 800)]): MapSnapshot {
  return { mapId: 'map1', nodeId: 'map', title: 'Map', bounds: { x: 0, y: 0, width: 3000, height: 5000 }, persona: null, lanes, stages, notes: [] };
}

const LANES = [lane('actions', 'actions', 200), lane('emotions', 'emotions', 1200), lane('feelings', 'emotions', 2200)];

describe('computeEmotionCurve', () => {
  const cases: Array<{ name: string; scores: Array<number | null>; expected: Array<[string, number, number]> }> = [
    { name: 'every stage scored', scores: [2, 0, -2], expected: [['a', 600, 1320], ['b', 1200, 1700], ['c', 1900, 2080]] },
    { name: 'a stage without a score skipped', scores: [1, null, -0.5], expected: [['a', 600, 1510], ['c', 1900, 1795]] },
    { name: 'one stage scored', scores: [null, 0.25, null], expected: [['b', 1200, 1652.5]] },
    { name: 'no stage scored', scores: [null, null, null], expected: [] },
  ];

  it.each(cases)('$name: x at the stage centres, y at the score in the first emotion lane', ({ scores, expected }) => {
    const curve = computeEmotionCurve(map(LANES), scores);
    if (curve.kind !== 'curve') throw new Error('expected a curve');
    expect(curve.lane.id).toBe('emotions');
    expect(curve.points.map((point) => [point.stageId, point.x, point.y])).toEqual(expected);
    expect(curve.points.map((point) => point.score)).toEqual(scores.filter((score) => score !== null));
  });

  it('centres a dot on each point', () => {
    const curve = computeEmotionCurve(map(LANES), [2, null, -1]);
    if (curve.kind !== 'curve') throw new Error('expected a curve');
    for (const point of curve.points) {
      expect(point.dot).toEqual({
        x: point.x - EMOTION_CURVE_DOT_SIZE / 2,
        y: point.y - EMOTION_CURVE_DOT_SIZE / 2,
        width: EMOTION_CURVE_DOT_SIZE,
        height: EMOTION_CURVE_DOT_SIZE,
      });
    }
  });

  it('follows the emotion lane as it is now, moved and resized', () => {
    const moved = [lane('emotions', 'emotions', 4000, 540), lane('actions', 'actions', 200)];
    const curve = computeEmotionCurve(map(moved), [2, -2, 0]);
    if (curve.kind !== 'curve') throw new Error('expected a curve');
    expect(curve.points.map((point) => point.y)).toEqual([4120, 4420, 4270]);
  });

  it('says when the map has no emotion lane', () => {
    expect(computeEmotionCurve(map([lane('actions', 'actions', 200)]), [1, 2, 0])).toEqual({ kind: 'no-emotions-lane' });
  });
});
