import { describe, expect, it } from 'vitest';
import { NEAR_MAP_MARGIN, assembleMapSnapshots } from '../../../src/core/board/assemble-map-snapshots';
import { rectBottom, rectRight } from '../../../src/core/shared/geometry';
import type { TaggedNode } from '../../../src/core/board/tagged-node';
import { USER_MESSAGES } from '../../../src/core/shared/user-messages';
import { selectNotesOfMap } from '../../../src/core/board/select-notes-of-map';
import { createNote, drawMap, noteInCell, snapshotWithoutNotes } from '../map-fixtures';
import type { DrawnMap } from '../map-fixtures';
import type { Rect } from '../../../src/core/shared/geometry';

/** A drawn map as the plugin lists it when it reads the notes near one map. */
function candidateOf(drawn: DrawnMap): { bounds: DrawnMap['layout']['bounds']; nodeId: string } {
  return { bounds: drawn.layout.bounds, nodeId: drawn.nodeId };
}

function replaceNode(tagged: TaggedNode[], id: string, change: Partial<TaggedNode>): TaggedNode[] {
  return tagged.map((node) => (node.id === id ? { ...node, ...change } : node));
}

describe('assembleMapSnapshots', () => {
  it('reads a drawn map back with lanes top to bottom, stages left to right, title and persona', () => {
    const drawn = drawMap();
    const shuffled = [...drawn.tagged].reverse();
    const { maps, problems } = assembleMapSnapshots(shuffled, []);
    expect(problems).toEqual([]);
    expect(maps).toEqual([snapshotWithoutNotes(drawn)]);
  });

  it('takes names, title and persona as they are on the board now', () => {
    const drawn = drawMap();
    let tagged = replaceNode(drawn.tagged, 'map1:lane-thoughts', { text: 'Gedanken' });
    tagged = replaceNode(tagged, 'map1:stage-purchase', { text: 'Achat' });
    tagged = replaceNode(tagged, 'map1:title', { text: 'Sarah buys a jacket' });
    tagged = replaceNode(tagged, 'map1:persona-card', { text: 'Sarah\nBuys a jacket online\nfrom her phone' });
    const [map] = assembleMapSnapshots(tagged, []).maps;
    expect(map!.lanes.find((lane) => lane.id === 'thoughts')).toMatchObject({ name: 'Gedanken', kind: 'thoughts' });
    expect(map!.stages.find((stage) => stage.id === 'purchase')!.name).toBe('Achat');
    expect(map!.title).toBe('Sarah buys a jacket');
    expect(map!.persona).toMatchObject({ name: 'Sarah', description: 'Buys a jacket online\nfrom her phone' });
  });

  it('falls back to the spec title when the title is gone, and orders moved lanes by where they are now', () => {
    const drawn = drawMap();
    const thoughts = drawn.tagged.find((node) => node.id === 'map1:lane-thoughts')!;
    let tagged = drawn.tagged.filter((node) => node.role !== 'title');
    tagged = replaceNode(tagged, thoughts.id, { bounds: { ...thoughts.bounds, y: rectBottom(drawn.layout.bounds) - 10 } });
    const [map] = assembleMapSnapshots(tagged, []).maps;
    expect(map!.title).toBe(drawn.spec.title);
    expect(map!.lanes[map!.lanes.length - 1]!.id).toBe('thoughts');
  });

  it('reports a missing or damaged spec and skips that map', () => {
    const drawn = drawMap();
    const cases: Array<[TaggedNode[], string]> = [
      [replaceNode(drawn.tagged, drawn.nodeId, { spec: null }), USER_MESSAGES.mapSettingsMissing(drawn.spec.title)],
      [replaceNode(drawn.tagged, drawn.nodeId, { spec: '{"title":' }), USER_MESSAGES.mapSettingsDamaged(drawn.spec.title)],
      [replaceNode(drawn.tagged, drawn.nodeId, { spec: '{"title":"x"}' }), USER_MESSAGES.mapSettingsDamaged(drawn.spec.title)],
    ];
    for (const [tagged, problem] of cases) {
      const result = assembleMapSnapshots(tagged, [createNote({ x: 100, y: 100 })]);
      expect(result.maps).toEqual([]);
      expect(result.problems).toEqual([problem]);
      expect(problem.length).toBeLessThan(100);
    }
  });

  it('reads a map that lost a lane, a stage header, its title or persona from its spec, with a warning for each', () => {
    const drawn = drawMap();
    const gone = new Set(['map1:lane-emotions', 'map1:stage-retention', 'map1:title', 'map1:persona', 'map1:persona-card']);
    const kept = noteInCell(drawn, 'painPoints', 'retention', { id: 'kept', inSection: true });
    const result = assembleMapSnapshots(drawn.tagged.filter((node) => !gone.has(node.id)), [kept]);
    expect(result.problems).toEqual([]);
    const map = result.maps[0]!;
    const complete = snapshotWithoutNotes(drawn);
    expect(map.lanes.map((lane) => lane.id)).toEqual(complete.lanes.map((lane) => lane.id));
    expect(map.lanes.find((lane) => lane.id === 'emotions')).toEqual({ ...complete.lanes.find((lane) => lane.id === 'emotions')!, nodeId: null });
    expect(map.stages.find((stage) => stage.id === 'retention')).toEqual({ ...complete.stages.find((stage) => stage.id === 'retention')!, nodeId: null });
    expect(map.title).toBe(drawn.spec.title);
    expect(map.persona).toEqual({ ...complete.persona!, nodeId: null });
    expect(map.warnings).toEqual([
      USER_MESSAGES.titleMissingFromBoard,
      USER_MESSAGES.personaMissingFromBoard,
      USER_MESSAGES.laneMissingFromBoard('Emotions'),
      USER_MESSAGES.stageMissingFromBoard('Retention'),
    ]);
    for (const warning of map.warnings!) expect(warning.length).toBeLessThan(100);
    expect(map.notes).toEqual([kept]);
  });

  it('gives a complete map no warnings', () => {
    expect(assembleMapSnapshots(drawMap().tagged, []).maps[0]!.warnings).toBeUndefined();
  });

  it('keeps every problem sentence under 100 characters, however long the names', () => {
    const long = 'A map title far longer than any sentence should carry';
    const sentences = [
      USER_MESSAGES.mapSettingsMissing(long),
      USER_MESSAGES.mapSettingsDamaged(long),
      USER_MESSAGES.laneMissing(long, long),
      USER_MESSAGES.stageMissing(long, long),
      USER_MESSAGES.mapSectionMissing(123_456),
      USER_MESSAGES.laneMissingFromBoard(long),
      USER_MESSAGES.stageMissingFromBoard(long),
      USER_MESSAGES.cellMissingFromBoard(long, long),
      USER_MESSAGES.instructionMissingFromBoard(long),
    ];
    for (const sentence of sentences) expect(sentence.length).toBeLessThan(100);
  });

  it('reports parts whose map section is gone', () => {
    const drawn = drawMap();
    const result = assembleMapSnapshots(drawn.tagged.filter((node) => node.role !== 'map'), []);
    expect(result.maps).toEqual([]);
    expect(result.problems).toEqual([USER_MESSAGES.mapSectionMissing(drawn.tagged.length - 1)]);
  });

  it('gives notes to the map whose section holds them, whose bounds hold their centre, or that they lie close to', () => {
    const left = drawMap({ mapId: 'left' });
    const right = drawMap({ mapId: 'right', origin: { x: rectRight(left.layout.bounds) + 400, y: 0 } });
    const gapMiddle = rectRight(left.layout.bounds) + 200;
    const inLeftSection = noteInCell(left, 'touchpoints', 'awareness');
    // A note in a lane section counts for that map even when it has been dragged far out.
    const draggedFar = createNote({ x: 99_999, y: 99_999, parentId: 'left:lane-thoughts' });
    const inRightBounds = noteInCell(right, 'actions', 'purchase', { inSection: false, parentId: null });
    // In the 400 px gap between the maps, within the margin of both: the closer one wins.
    const nearLeft = createNote({ x: gapMiddle - 50, y: 1000, width: 40, height: 40 });
    const nearRight = createNote({ x: gapMiddle + 10, y: 1000, width: 40, height: 40 });
    const belowRight = createNote({ x: right.layout.bounds.x + 100, y: rectBottom(right.layout.bounds) + NEAR_MAP_MARGIN - 1 });
    const tooFar = createNote({ x: right.layout.bounds.x + 100, y: rectBottom(right.layout.bounds) + NEAR_MAP_MARGIN });
    const { maps } = assembleMapSnapshots([...left.tagged, ...right.tagged], [inLeftSection, draggedFar, inRightBounds, nearLeft, nearRight, belowRight, tooFar, inLeftSection]);
    expect(maps.map((map) => map.mapId)).toEqual(['left', 'right']);
    expect(maps[0]!.notes.map((note) => note.id)).toEqual([inLeftSection.id, draggedFar.id, nearLeft.id]);
    expect(maps[1]!.notes.map((note) => note.id)).toEqual([inRightBounds.id, nearRight.id, belowRight.id]);
  });

  it('keeps a duplicated map apart from its original, with its own id', () => {
    const original = drawMap({ mapId: 'same' });
    const copy = drawMap({ mapId: 'same', origin: { x: 0, y: rectBottom(original.layout.bounds) + 200 } });
    const copyTagged = copy.tagged.map((node) => ({
      ...node,
      id: `copy-${node.id}`,
      parentId: node.parentId === null ? null : `copy-${node.parentId}`,
    }));
    const note = noteInCell(copy, 'emotions', 'awareness', { parentId: 'copy-same:lane-emotions' });
    const { maps, problems } = assembleMapSnapshots([...original.tagged, ...copyTagged], [note]);
    expect(problems).toEqual([]);
    expect(maps.map((map) => map.mapId)).toEqual(['same', 'same-2']);
    expect(maps[1]!.lanes.map((lane) => lane.nodeId)).toEqual(copy.layout.lanes.map((lane) => `copy-same:lane-${lane.laneId}`));
    expect(maps[0]!.notes).toEqual([]);
    expect(maps[1]!.notes).toEqual([note]);
  });

  it('keeps a duplicated lane section as a lane of its own', () => {
    const drawn = drawMap();
    const thoughts = drawn.tagged.find((node) => node.id === 'map1:lane-thoughts')!;
    const bottom = rectBottom(drawn.layout.lanes[drawn.layout.lanes.length - 1]!.band);
    const copy: TaggedNode = { ...thoughts, id: 'map1:lane-thoughts-copy', text: 'Thoughts (later)', bounds: { ...thoughts.bounds, y: bottom + 24 } };
    const [map] = assembleMapSnapshots([...drawn.tagged, copy], []).maps;
    expect(map!.lanes.map((lane) => lane.id)).toEqual([...drawn.spec.lanes.map((lane) => lane.id), 'thoughts-2']);
    expect(map!.lanes[map!.lanes.length - 1]).toMatchObject({ name: 'Thoughts (later)', kind: 'thoughts', nodeId: copy.id });
  });
});

describe('notes between two maps', () => {
  it('go to the nearer map only, whether both maps are read together or each on its own', () => {
    const left = drawMap({ mapId: 'left' });
    const gap = 400;
    const right = drawMap({ mapId: 'right', origin: { x: rectRight(left.layout.bounds) + gap, y: left.layout.bounds.y } });
    const y = left.layout.bounds.y + 300;
    const nearLeft = createNote({ id: 'near-left', x: rectRight(left.layout.bounds) + 20, y, width: 100, height: 100, parentId: null });
    const nearRight = createNote({ id: 'near-right', x: right.layout.bounds.x - 140, y, width: 100, height: 100, parentId: null });
    const notes = [nearLeft, nearRight];
    const { maps } = assembleMapSnapshots([...left.tagged, ...right.tagged], notes);
    expect(maps.map((map) => map.notes.map((note) => note.id))).toEqual([['near-left'], ['near-right']]);
    const fromLeft = selectNotesOfMap(notes, candidateOf(left), [candidateOf(right)], NEAR_MAP_MARGIN);
    const fromRight = selectNotesOfMap(notes, candidateOf(right), [candidateOf(left)], NEAR_MAP_MARGIN);
    expect(fromLeft.map((note) => note.id)).toEqual(['near-left']);
    expect(fromRight.map((note) => note.id)).toEqual(['near-right']);
  });

  it('go to exactly one map at equal distance, the same map in the command line and in the plugin', () => {
    const left = drawMap({ mapId: 'left' });
    const right = drawMap({ mapId: 'right', origin: { x: rectRight(left.layout.bounds) + 300, y: left.layout.bounds.y } });
    const middle = createNote({ id: 'middle', x: rectRight(left.layout.bounds) + 100, y: left.layout.bounds.y + 300, width: 100, height: 100, parentId: null });
    // The right map first on the board: the tie rule, not the reading order, picks the map.
    const { maps } = assembleMapSnapshots([...right.tagged, ...left.tagged], [middle]);
    expect(maps.map((map) => [map.mapId, map.notes.map((note) => note.id)])).toEqual([['right', []], ['left', ['middle']]]);
    const fromLeft = selectNotesOfMap([middle], candidateOf(left), [candidateOf(right)], NEAR_MAP_MARGIN);
    const fromRight = selectNotesOfMap([middle], candidateOf(right), [candidateOf(left)], NEAR_MAP_MARGIN);
    expect(fromLeft.map((note) => note.id)).toEqual(['middle']);
    expect(fromRight).toEqual([]);
  });

  it('at equal distance go to the upper map before the left one, in both paths', () => {
    const upperRight = drawMap({ mapId: 'upper-right', origin: { x: 2000, y: 0 } });
    const bounds = upperRight.layout.bounds;
    // 100 px below the upper map, and 100 px right of a map that starts lower and lies further left.
    const note = createNote({ id: 'corner', x: bounds.x + 10, y: rectBottom(bounds) + 100, width: 100, height: 100, parentId: null });
    const lowerLeft = drawMap({ mapId: 'lower-left', origin: { x: bounds.x + 10 - 100 - bounds.width, y: rectBottom(bounds) + 50 } });
    expect(rectRight(lowerLeft.layout.bounds)).toBe(note.bounds.x - 100);
    expect(lowerLeft.layout.bounds.y).toBeLessThan(note.bounds.y);
    const { maps } = assembleMapSnapshots([...lowerLeft.tagged, ...upperRight.tagged], [note]);
    expect(maps.find((map) => map.mapId === 'upper-right')!.notes.map((entry) => entry.id)).toEqual(['corner']);
    expect(maps.find((map) => map.mapId === 'lower-left')!.notes).toEqual([]);
    expect(selectNotesOfMap([note], candidateOf(upperRight), [candidateOf(lowerLeft)], NEAR_MAP_MARGIN)).toEqual([note]);
    expect(selectNotesOfMap([note], candidateOf(lowerLeft), [candidateOf(upperRight)], NEAR_MAP_MARGIN)).toEqual([]);
  });

  it('at equal distance from two maps at one place go to the lower section id, in both paths', () => {
    const first = drawMap({ mapId: 'a' });
    const second = drawMap({ mapId: 'b' });
    const ids = (drawn: DrawnMap, nodeId: string): DrawnMap => ({
      ...drawn,
      nodeId,
      tagged: drawn.tagged.map((node) => (node.role === 'map' ? { ...node, id: nodeId } : { ...node, parentId: node.parentId === drawn.nodeId ? nodeId : node.parentId })),
    });
    const lowId = ids(first, '1:9');
    const highId = ids(second, '1:10');
    const note = createNote({ id: 'beside', x: rectRight(first.layout.bounds) + 20, y: 300, width: 100, height: 100, parentId: null });
    const { maps } = assembleMapSnapshots([...highId.tagged, ...lowId.tagged], [note]);
    expect(maps.map((map) => [map.nodeId, map.notes.map((entry) => entry.id)])).toEqual([['1:10', []], ['1:9', ['beside']]]);
    expect(selectNotesOfMap([note], candidateOf(lowId), [candidateOf(highId)], NEAR_MAP_MARGIN)).toEqual([note]);
    expect(selectNotesOfMap([note], candidateOf(highId), [candidateOf(lowId)], NEAR_MAP_MARGIN)).toEqual([]);
  });
});

/** The cells and instructions the plugin draws for a map, as the readers give them when they check the drawing. */
function drawingOf(drawn: DrawnMap): TaggedNode[] {
  const node = (id: string, role: TaggedNode['role'], laneId: string, stageId: string | null, bounds: Rect): TaggedNode => ({
    id: `${drawn.mapId}:${id}`,
    role,
    mapId: drawn.mapId,
    laneId,
    stageId,
    spec: null,
    text: '',
    bounds,
    parentId: `${drawn.mapId}:lane-${laneId}`,
  });
  return drawn.layout.lanes.flatMap((lane) => [
    ...lane.cells.map((cell) => node(`cell-${lane.laneId}-${cell.stageId}`, 'cell', lane.laneId, cell.stageId, cell.rect)),
    ...(lane.instruction ? [node(`instruction-${lane.laneId}`, 'instruction', lane.laneId, null, lane.instruction.rect)] : []),
  ]);
}

describe('cells and instructions', () => {
  it('give a warning each when missing from a lane that is there, when the reader checked the drawing', () => {
    const drawn = drawMap();
    const drawing = drawingOf(drawn).filter((node) => node.id !== 'map1:cell-opportunities-awareness' && node.id !== 'map1:instruction-thoughts');
    const tagged = [...drawn.tagged, ...drawing];
    const [map] = assembleMapSnapshots(tagged, [], { checkDrawing: true }).maps;
    expect(map!.warnings).toEqual([USER_MESSAGES.instructionMissingFromBoard('Thoughts'), USER_MESSAGES.cellMissingFromBoard('Opportunities', 'Awareness')]);
    // Not looked for, not reported: a reader that did not read the drawing gives no such warning.
    expect(assembleMapSnapshots(tagged, []).maps[0]!.warnings).toBeUndefined();
  });

  it('give none for a whole map, and none for the cells of a lane that is itself missing', () => {
    const drawn = drawMap();
    expect(assembleMapSnapshots([...drawn.tagged, ...drawingOf(drawn)], [], { checkDrawing: true }).maps[0]!.warnings).toBeUndefined();
    const withoutLane = [...drawn.tagged, ...drawingOf(drawn)].filter((node) => node.laneId !== 'thoughts');
    expect(assembleMapSnapshots(withoutLane, [], { checkDrawing: true }).maps[0]!.warnings).toEqual([USER_MESSAGES.laneMissingFromBoard('Thoughts')]);
  });

  it('name the lane and stage as they read on the board now', () => {
    const drawn = drawMap();
    const tagged = [...drawn.tagged, ...drawingOf(drawn)]
      .filter((node) => node.id !== 'map1:cell-thoughts-purchase')
      .map((node) => (node.id === 'map1:lane-thoughts' ? { ...node, text: 'Gedanken' } : node.id === 'map1:stage-purchase' ? { ...node, text: 'Achat' } : node));
    expect(assembleMapSnapshots(tagged, [], { checkDrawing: true }).maps[0]!.warnings).toEqual([USER_MESSAGES.cellMissingFromBoard('Gedanken', 'Achat')]);
  });
});
