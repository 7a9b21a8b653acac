import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MapSnapshot } from '../../../src/core/board/board-snapshot';
import { assembleMapSnapshots, NEAR_MAP_MARGIN } from '../../../src/core/board/assemble-map-snapshots';
import { computeBesideMapPositions, isBesideMap } from '../../../src/core/edit/compute-beside-map-positions';
import { countCellNotes } from '../../../src/core/placement/count-cell-notes';
import { placeNotes } from '../../../src/core/placement/place-notes';
import { computeCellNoteTarget } from '../../../src/core/edit/plan-map-rearrangement';
import { planMapUpdate } from '../../../src/core/edit/plan-map-update';
import { planTidyMap } from '../../../src/core/edit/plan-tidy-map';
import { parseStoredSpec, deriveBoardSpec } from '../../../src/core/board/derive-board-spec';
import { createNote, drawMap } from '../map-fixtures';

function mapWith(notes: ReturnType<typeof createNote>[]): MapSnapshot {
  const drawn = drawMap({ origin: { x: 100, y: 200 } });
  const { maps } = assembleMapSnapshots(drawn.tagged, notes);
  return maps[0]!;
}

function cellOf(map: MapSnapshot, laneId: string, stageId: string) {
  const drawn = drawMap({ origin: { x: map.bounds.x, y: map.bounds.y } });
  return drawn.layout.lanes.find((lane) => lane.laneId === laneId)!.cells.find((cell) => cell.stageId === stageId)!.rect;
}

describe('computeBesideMapPositions', () => {
  it('keeps any number of notes near the map, outside it, so the export reports them near the map', () => {
    fc.assert(
      fc.property(
        fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }), width: fc.integer({ min: 600, max: 9000 }), height: fc.integer({ min: 600, max: 9000 }) }),
        fc.array(fc.record({ width: fc.constantFrom(240, 416), height: fc.integer({ min: 240, max: 900 }) }), { maxLength: 300 }),
        (map, sizes) => {
          const positions = computeBesideMapPositions(map, sizes);
          expect(positions).toHaveLength(sizes.length);
          positions.forEach((position, index) => {
            expect(isBesideMap({ ...sizes[index]!, ...position }, map)).toBe(true);
          });
        },
      ),
    );
  });

  it('is the export rule: a gap of the margin is no longer near', () => {
    const map = { x: 0, y: 0, width: 1000, height: 1000 };
    expect(isBesideMap({ x: 0, y: 1000 + NEAR_MAP_MARGIN - 1, width: 240, height: 240 }, map)).toBe(true);
    expect(isBesideMap({ x: 0, y: 1000 + NEAR_MAP_MARGIN, width: 240, height: 240 }, map)).toBe(false);
    expect(isBesideMap({ x: 10, y: 10, width: 240, height: 240 }, map)).toBe(false);
  });
});

describe('computeCellNoteTarget', () => {
  const oldCell = { x: 0, y: 0, width: 1000, height: 600 };
  it('keeps a note where its section takes it when that is wholly in the new cell', () => {
    expect(computeCellNoteTarget({ x: 10, y: 10, width: 240, height: 240 }, { x: 2010, y: 20 }, oldCell, { x: 2000, y: 0, width: 1000, height: 600 })).toEqual({ x: 2010, y: 20 });
  });
  it('otherwise keeps its offset in the cell, pulled inside where it sticks out', () => {
    const newCell = { x: 5000, y: 300, width: 1000, height: 600 };
    expect(computeCellNoteTarget({ x: 100, y: 50, width: 240, height: 240 }, { x: 100, y: 50 }, oldCell, newCell)).toEqual({ x: 5100, y: 350 });
    expect(computeCellNoteTarget({ x: 900, y: -100, width: 240, height: 240 }, { x: 900, y: -100 }, oldCell, newCell)).toEqual({ x: 5760, y: 300 });
  });
});

describe('planMapUpdate', () => {
  it('asks before removing a lane that holds notes, naming it, and plans nothing', () => {
    const probe = mapWith([]);
    const cell = cellOf(probe, 'painPoints', 'purchase');
    const map = mapWith([createNote({ x: cell.x + 40, y: cell.y + 40, parentId: 'map1:lane-painPoints' })]);
    const spec = parseStoredSpec(drawMap().tagged[0]!.spec!)!;
    const next = { ...spec, lanes: spec.lanes.filter((lane) => lane.id !== 'painPoints') };
    expect(planMapUpdate(map, next, false)).toEqual({ kind: 'needs-confirmation', notes: 1, stages: [], lanes: ['Pain points'] });
    const agreed = planMapUpdate(map, next, true);
    if (agreed.kind !== 'apply') throw new Error('expected a plan');
    expect(agreed.rearrangement.notesKeptBeside).toBe(1);
    expect(agreed.rearrangement.moves[0]).toMatchObject({ toPage: true });
  });

  it('moves a note with its stage when stages are reordered, keeping its offset', () => {
    const probe = mapWith([]);
    const cell = cellOf(probe, 'thoughts', 'awareness');
    const note = createNote({ x: cell.x + 70, y: cell.y + 30, parentId: 'map1:lane-thoughts' });
    const map = mapWith([note]);
    const spec = parseStoredSpec(drawMap().tagged[0]!.spec!)!;
    const plan = planMapUpdate(map, { ...spec, stages: [...spec.stages].reverse() }, false);
    if (plan.kind !== 'apply') throw new Error('expected a plan');
    const target = plan.rearrangement.layout.lanes.find((lane) => lane.laneId === 'thoughts')!.cells.find((c) => c.stageId === 'awareness')!.rect;
    expect(plan.rearrangement.moves).toEqual([{ noteId: note.id, from: { x: note.bounds.x, y: note.bounds.y }, to: { x: target.x + 70, y: target.y + 30 }, toPage: false }]);
    expect(plan.rearrangement.notesMoved).toBe(1);
  });
});

describe('deriveBoardSpec and countCellNotes', () => {
  it('takes names from the board and counts notes by lane and stage id', () => {
    const probe = mapWith([]);
    const cell = cellOf(probe, 'emotions', 'retention');
    const map = mapWith([createNote({ x: cell.x + 40, y: cell.y + 40, parentId: 'map1:lane-emotions' })]);
    map.stages[0]!.name = '  Discover  ';
    map.lanes[0]!.name = 'x'.repeat(80);
    const spec = deriveBoardSpec(parseStoredSpec(drawMap().tagged[0]!.spec!)!, map);
    expect(spec.stages[0]!.name).toBe('Discover');
    expect(spec.lanes[0]!.name).toHaveLength(60);
    const counts = countCellNotes(map, placeNotes(map));
    expect(counts.notesByLane.emotions).toBe(1);
    expect(counts.notesByStage.retention).toBe(1);
    expect(counts.notesByStage.awareness).toBe(0);
  });
});

describe('planTidyMap', () => {
  it('refuses a map with a copied lane rather than remove the copy', () => {
    const drawn = drawMap({ origin: { x: 0, y: 0 } });
    const lane = drawn.tagged.find((node) => node.role === 'lane')!;
    const copy = { ...lane, id: 'copy', bounds: { ...lane.bounds, y: lane.bounds.y + 5000 } };
    const map = assembleMapSnapshots([...drawn.tagged, copy], []).maps[0]!;
    expect(planTidyMap(map, drawn.spec)).toHaveProperty('problem');
    expect(planTidyMap(mapWith([]), drawn.spec)).toHaveProperty('rearrangement');
  });
});
