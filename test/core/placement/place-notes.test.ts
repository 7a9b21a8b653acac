import { describe, expect, it } from 'vitest';
import type { MapSnapshot, NoteSnapshot } from '../../../src/core/board/board-snapshot';
import { LANE_GAP, STAGE_GUTTER } from '../../../src/core/template/compute-map-layout';
import { rectBottom, rectRight } from '../../../src/core/shared/geometry';
import { placeNotes, sortInReadingOrder } from '../../../src/core/placement/place-notes';
import { assembleOne, cellOf, createNote, drawMap, laneBand, noteInCell } from '../map-fixtures';

const drawn = drawMap({ origin: { x: 1000, y: -500 } });
const { layout } = drawn;

type Where = { stage: string; lane: string; ambiguous: boolean } | 'persona' | { reason: string };

function whereIs(map: MapSnapshot, note: NoteSnapshot): Where {
  const placement = placeNotes(map);
  for (const [stageIndex, stage] of placement.cells.entries()) {
    for (const [laneIndex, cell] of stage.entries()) {
      const placed = cell.find((entry) => entry.note.id === note.id);
      if (placed) return { stage: map.stages[stageIndex]!.id, lane: map.lanes[laneIndex]!.id, ambiguous: placed.ambiguous };
    }
  }
  if (placement.persona.some((entry) => entry.id === note.id)) return 'persona';
  const unplaced = placement.unplaced.find((entry) => entry.note.id === note.id);
  if (unplaced) return { reason: unplaced.reason };
  throw new Error(`note ${note.id} was lost`);
}

function place(note: NoteSnapshot, map: MapSnapshot = assembleOne(drawn, [note])): Where {
  return whereIs({ ...map, notes: [note] }, note);
}

describe('placeNotes', () => {
  const thoughtsAwareness = cellOf(drawn, 'thoughts', 'awareness');
  const stageColumn = (stageId: string) => assembleOne(drawn, []).stages.find((stage) => stage.id === stageId)!.bounds;
  const header = layout.stageHeaders[2]!;
  const cases: Array<[string, NoteSnapshot, Where]> = [
    ['in a lane section', noteInCell(drawn, 'actions', 'purchase'), { stage: 'purchase', lane: 'actions', ambiguous: false }],
    ['loose in the map, in a cell', noteInCell(drawn, 'actions', 'retention', { inSection: false }), { stage: 'retention', lane: 'actions', ambiguous: false }],
    ['on the page over a cell', noteInCell(drawn, 'emotions', 'advocacy', { inSection: false, parentId: null }), { stage: 'advocacy', lane: 'emotions', ambiguous: false }],
    [
      'across a stage border, mostly left',
      createNote({ x: rectRight(thoughtsAwareness) - 180, y: thoughtsAwareness.y + 60, parentId: drawn.nodeId }),
      { stage: 'awareness', lane: 'thoughts', ambiguous: true },
    ],
    [
      'across a stage border, mostly right',
      createNote({ x: rectRight(thoughtsAwareness) - 40, y: thoughtsAwareness.y + 60, parentId: drawn.nodeId }),
      { stage: 'consideration', lane: 'thoughts', ambiguous: true },
    ],
    [
      'across a lane border, mostly below',
      createNote({ x: thoughtsAwareness.x + 40, y: rectBottom(laneBand(drawn, 'thoughts')) - 60 }),
      { stage: 'awareness', lane: 'emotions', ambiguous: true },
    ],
    [
      'in a lane section, across a stage border',
      createNote({ x: rectRight(thoughtsAwareness) - 100, y: thoughtsAwareness.y, parentId: 'map1:lane-thoughts' }),
      { stage: 'consideration', lane: 'thoughts', ambiguous: true },
    ],
    [
      'reaching 20 px into the next stage (9% of its overlap, under the ambiguity share)',
      createNote({ x: rectRight(stageColumn('awareness')) + STAGE_GUTTER + 20 - 240, y: thoughtsAwareness.y + 60, parentId: drawn.nodeId }),
      { stage: 'awareness', lane: 'thoughts', ambiguous: false },
    ],
    [
      'reaching 30 px into the next stage (13% of its overlap)',
      createNote({ x: rectRight(stageColumn('awareness')) + STAGE_GUTTER + 30 - 240, y: thoughtsAwareness.y + 60, parentId: drawn.nodeId }),
      { stage: 'awareness', lane: 'thoughts', ambiguous: true },
    ],
    [
      'grown a little into the next lane',
      createNote({ x: thoughtsAwareness.x + 40, y: rectBottom(laneBand(drawn, 'thoughts')) - 300, height: 300 + LANE_GAP + 16 }),
      { stage: 'awareness', lane: 'thoughts', ambiguous: false },
    ],
    [
      'grown well into the next lane',
      createNote({ x: thoughtsAwareness.x + 40, y: rectBottom(laneBand(drawn, 'thoughts')) - 300, height: 400 }),
      { stage: 'awareness', lane: 'thoughts', ambiguous: true },
    ],
    ['in the persona section', createNote({ x: layout.persona.section.x + 900, y: layout.persona.section.y + 40, parentId: 'map1:persona' }), 'persona'],
    ['over the persona, loose', createNote({ x: layout.persona.section.x + 900, y: layout.persona.section.y + 40, parentId: drawn.nodeId }), 'persona'],
    ['on a stage header', createNote({ x: header.rect.x + 40, y: header.rect.y, parentId: drawn.nodeId }), { reason: 'header-row' }],
    ['above a stage header', createNote({ x: header.rect.x, y: header.rect.y - 250, parentId: drawn.nodeId }), { reason: 'header-row' }],
    ['on a lane label', createNote({ x: layout.labelColumn.x + 40, y: laneBand(drawn, 'actions').y + 40, parentId: drawn.nodeId }), { reason: 'label-column' }],
    ['in a lane section, on its label', createNote({ x: layout.labelColumn.x + 40, y: laneBand(drawn, 'actions').y + 40, parentId: 'map1:lane-actions' }), { reason: 'label-column' }],
    ['below the last lane', createNote({ x: thoughtsAwareness.x, y: rectBottom(layout.grid) + 2, width: 40, height: 40, parentId: drawn.nodeId }), { reason: 'outside-grid' }],
    ['on the title', createNote({ x: layout.bounds.x + 90, y: layout.title.rect.y, width: 40, height: 40, parentId: drawn.nodeId }), { reason: 'outside-grid' }],
    ['right of the map', createNote({ x: rectRight(layout.bounds) + 20, y: layout.grid.y + 300 }), { reason: 'near-map' }],
  ];
  it.each(cases)('places a note %s', (_name, note, expected) => {
    expect(place(note)).toEqual(expected);
  });

  it('follows lanes and stages that participants moved and resized', () => {
    const map = assembleOne(drawn, []);
    const bandOf = (id: string) => map.lanes.find((lane) => lane.id === id)!.bounds;
    const emotionsBand = bandOf('emotions');
    const actionsBand = bandOf('actions');
    const thoughtsBand = bandOf('thoughts');
    const moved: MapSnapshot = {
      ...map,
      lanes: map.lanes.map((lane) => {
        if (lane.id === 'emotions') return { ...lane, bounds: actionsBand };
        if (lane.id === 'actions') return { ...lane, bounds: emotionsBand };
        if (lane.id === 'thoughts') return { ...lane, bounds: { ...thoughtsBand, height: thoughtsBand.height / 2 } };
        return lane;
      }),
    };
    const awareness = map.stages[0]!.bounds;
    const small = (y: number) => createNote({ x: awareness.x + 40, y, width: 40, height: 40 });
    expect(place(small(actionsBand.y + actionsBand.height / 2), moved)).toEqual({ stage: 'awareness', lane: 'emotions', ambiguous: false });
    expect(place(small(emotionsBand.y + emotionsBand.height / 2), moved)).toEqual({ stage: 'awareness', lane: 'actions', ambiguous: false });
    expect(place(small(thoughtsBand.y + 10), moved)).toEqual({ stage: 'awareness', lane: 'thoughts', ambiguous: false });
    expect(place(small(thoughtsBand.y + thoughtsBand.height * 0.75), moved)).toEqual({ reason: 'outside-grid' });

    const narrowed: MapSnapshot = { ...map, stages: map.stages.map((stage, index) => (index === 0 ? { ...stage, bounds: { ...stage.bounds, width: 100 } } : stage)) };
    const nowOutside = noteInCell(drawn, 'actions', 'awareness', { dx: 400, dy: 40, inSection: false });
    expect(place(nowOutside, narrowed)).toEqual({ reason: 'outside-stages' });
    const inSectionNowOutside = noteInCell(drawn, 'actions', 'awareness', { dx: 400, dy: 40 });
    expect(place(inSectionNowOutside, narrowed)).toEqual({ reason: 'outside-stages' });
  });

  it('places a note by where it lies when its centre left the band of the lane section it is still in', () => {
    const actions = `${drawn.mapId}:lane-actions`;
    const painBand = laneBand(drawn, 'painPoints');
    const dragged = noteInCell(drawn, 'painPoints', 'purchase', { parentId: actions });
    expect(place(dragged)).toEqual({ stage: 'purchase', lane: 'painPoints', ambiguous: false });
    const straddling = createNote({ x: cellOf(drawn, 'painPoints', 'purchase').x + 40, y: painBand.y - 120, parentId: actions });
    expect(place(straddling)).toMatchObject({ stage: 'purchase', ambiguous: true });
    const stillInside = noteInCell(drawn, 'actions', 'purchase', { dy: laneBand(drawn, 'actions').height - 200 });
    expect(place(stillInside)).toEqual({ stage: 'purchase', lane: 'actions', ambiguous: false });
    const outOfTheMap = createNote({ x: layout.bounds.x + 40, y: rectBottom(layout.bounds) + 100, parentId: actions });
    expect(place(outOfTheMap)).toEqual({ reason: 'near-map' });
  });

  it('gives notes of several maps only the map they are given', () => {
    const other = drawMap({ mapId: 'other', origin: { x: 0, y: rectBottom(layout.bounds) + 1000 } });
    const note = noteInCell(other, 'actions', 'awareness', { inSection: false });
    expect(place(note, assembleOne(drawn, []))).toEqual({ reason: 'near-map' });
    expect(place(note, assembleOne(other, []))).toEqual({ stage: 'awareness', lane: 'actions', ambiguous: false });
  });

  it('orders a cell in reading order: rows top to bottom with a tolerance, then left to right', () => {
    const cell = cellOf(drawn, 'actions', 'awareness');
    const at = (dx: number, dy: number, text: string) => noteInCell(drawn, 'actions', 'awareness', { dx, dy, text });
    const notes = [at(600, 300, 'row 2 right'), at(320, 30, 'row 1 middle, a bit lower'), at(40, 300, 'row 2 left'), at(600, 0, 'row 1 right'), at(40, 10, 'row 1 left')];
    const map = assembleOne(drawn, notes);
    const placement = placeNotes(map);
    const stage = map.stages.findIndex((item) => item.id === 'awareness');
    const lane = map.lanes.findIndex((item) => item.id === 'actions');
    expect(cell.height).toBeGreaterThan(540);
    expect(placement.cells[stage]![lane]!.map((entry) => entry.note.text)).toEqual([
      'row 1 left',
      'row 1 middle, a bit lower',
      'row 1 right',
      'row 2 left',
      'row 2 right',
    ]);
  });

  it('sorts by reading order whatever order items come in', () => {
    const items = [
      { id: 'c', bounds: { x: 0, y: 500, width: 100, height: 100 } },
      { id: 'b', bounds: { x: 200, y: 40, width: 100, height: 100 } },
      { id: 'a', bounds: { x: 0, y: 0, width: 100, height: 100 } },
      { id: 'd', bounds: { x: 0, y: 51, width: 100, height: 100 } },
    ];
    expect(sortInReadingOrder(items, (item) => item.bounds, (item) => item.id).map((item) => item.id)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('places 50,000 notes on a 30 × 30 map with binary searches, not a scan of every cell', () => {
    const stages = Array.from({ length: 30 }, (_, index) => ({ id: `s${index}`, name: `S${index}`, nodeId: null, bounds: { x: 600 + index * 1000, y: 0, width: 980, height: 30 * 800 + 400 } }));
    const lanes = Array.from({ length: 30 }, (_, index) => ({ id: `l${index}`, name: `L${index}`, kind: 'actions' as const, nodeId: `lane${index}`, bounds: { x: 0, y: 400 + index * 800, width: 30_600, height: 780 } }));
    const notes = Array.from({ length: 50_000 }, (_, index) =>
      createNote({ x: 600 + ((index * 7919) % 30_000), y: 400 + ((index * 104_729) % 24_000), width: 200, height: 200, parentId: index % 2 === 0 ? `lane${index % 30}` : null }),
    );
    const map: MapSnapshot = { mapId: 'big', nodeId: null, title: 'Big', bounds: { x: 0, y: 0, width: 30_600, height: 24_400 }, persona: null, lanes, stages, notes };
    const placement = placeNotes(map);
    const total = placement.cells.flat(2).length + placement.persona.length + placement.unplaced.length;
    expect(total).toBe(50_000);
  });

  it('reads a few lanes and stages per note, however many the map has', () => {
    const readsPerNote = (count: number) => {
      let reads = 0;
      const counted = <Item extends object>(items: Item[]): Item[] =>
        new Proxy(items, {
          get(target, key, receiver) {
            if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
            return Reflect.get(target, key, receiver) as unknown;
          },
        });
      const stages = Array.from({ length: count }, (_, index) => ({ id: `s${index}`, name: `S${index}`, nodeId: null, bounds: { x: 600 + index * 1000, y: 0, width: 980, height: count * 800 + 400 } }));
      const lanes = Array.from({ length: count }, (_, index) => ({ id: `l${index}`, name: `L${index}`, kind: 'actions' as const, nodeId: `lane${index}`, bounds: { x: 0, y: 400 + index * 800, width: count * 1000 + 600, height: 780 } }));
      const notes = Array.from({ length: 2000 }, (_, index) =>
        createNote({ x: 600 + ((index * 7919) % (count * 1000)), y: 400 + ((index * 104_729) % (count * 800)), width: 200, height: 200, parentId: index % 2 === 0 ? `lane${index % count}` : null }),
      );
      const bounds = { x: 0, y: 0, width: count * 1000 + 600, height: count * 800 + 400 };
      placeNotes({ mapId: 'counted', nodeId: null, title: 'Counted', bounds, persona: null, lanes: counted(lanes), stages: counted(stages), notes });
      return reads / notes.length;
    };
    const small = readsPerNote(2);
    const large = readsPerNote(30);
    // A scan of every cell would read at least 900 lanes or stages per note on the 30 × 30 map.
    expect(large).toBeLessThan(16);
    expect(large).toBeLessThan(small * 2);
  });
});
