import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMapLayout } from '../../../src/core/template/compute-map-layout';
import { rectContainsRect } from '../../../src/core/shared/geometry';
import { createDefaultSpec } from '../../../src/core/template/presets';
import { withNewMapParts } from '../../../src/core/template/with-new-map-parts';
import type { FigJamSection } from '../../../src/plugin/platform/figjam-api';
import { addNoteAsync, boundsOf, cellRect, laneSection, nodesWithRole, tagOf } from '../board-builders';
import { countStickies, createMapAsync, dumpBoard, exportNotesAsync } from '../map-edit-helpers';
import { startPluginSession } from '../plugin-session';

/** What create-map draws when asked for the default template: persona slots and parking lot included. */
const spec = withNewMapParts(createDefaultSpec());

const noteArbitrary = fc.record({
  stage: fc.nat({ max: spec.stages.length - 1 }),
  lane: fc.nat({ max: spec.lanes.length - 1 }),
  u: fc.double({ min: 0, max: 1, noNaN: true }),
  v: fc.double({ min: 0, max: 1, noNaN: true }),
  /** In its lane section, as FigJam drops it, or loose in the map section. */
  inLane: fc.boolean(),
  stamps: fc.nat({ max: 2 }),
});

const offset = fc.integer({ min: -400, max: 400 });
const scrambleArbitrary = fc.record({
  lanes: fc.array(fc.option(fc.record({ dx: offset, dy: offset, width: fc.integer({ min: 1000, max: 6000 }), height: fc.integer({ min: 300, max: 1200 }) }), { nil: null }), {
    minLength: spec.lanes.length,
    maxLength: spec.lanes.length,
  }),
  stages: fc.array(fc.option(fc.record({ dx: fc.integer({ min: -300, max: 300 }), dy: offset }), { nil: null }), {
    minLength: spec.stages.length,
    maxLength: spec.stages.length,
  }),
});

describe('tidy-map on the fake', () => {
  it('restores a scrambled grid to the layout of its spec and snaps every note into the cell it is in', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(noteArbitrary, { maxLength: 12 }), scrambleArbitrary, async (notes, scramble) => {
        const session = startPluginSession();
        const { figma, handles } = session.fake;
        const mapId = await createMapAsync(session);
        const map = nodesWithRole(figma, 'map')[0] as FigJamSection;
        for (const note of notes) {
          const laneId = spec.lanes[note.lane]!.id;
          const cell = cellRect(figma, laneId, spec.stages[note.stage]!.id);
          const sticky = await addNoteAsync(figma, {
            text: 'note',
            x: cell.x + note.u * (cell.width - 240),
            y: cell.y + note.v * (cell.height - 240),
            parent: note.inLane ? laneSection(figma, laneId) : map,
          });
          for (let index = 0; index < note.stamps; index++) handles.board.addStamp({ name: '+1', stuckTo: sticky });
        }
        scramble.lanes.forEach((change, index) => {
          if (!change) return;
          const lane = laneSection(figma, spec.lanes[index]!.id);
          lane.x += change.dx;
          lane.y += change.dy;
          lane.resizeWithoutConstraints(change.width, change.height);
        });
        const headers = nodesWithRole(figma, 'stage');
        scramble.stages.forEach((change, index) => {
          const header = headers.find((node) => tagOf(node, 'stageId') === spec.stages[index]!.id)!;
          if (!change) return;
          header.x += change.dx;
          header.y += change.dy;
        });
        const before = await exportNotesAsync(session, mapId);
        const stickies = countStickies(figma);

        const answer = await session.requestAsync({ type: 'tidy-map', requestId: 'tidy', mapId });
        if (answer.type !== 'map-tidied') throw new Error(JSON.stringify(answer));
        const scrambled = scramble.lanes.some((change) => change !== null) || scramble.stages.some((change) => change !== null);
        expect(answer.partsRestored > 0).toBe(scrambled);

        const layout = computeMapLayout(spec, { x: boundsOf(map).x, y: boundsOf(map).y });
        expect(boundsOf(map)).toEqual(layout.bounds);
        for (const header of layout.stageHeaders) {
          expect(boundsOf(headers.find((node) => tagOf(node, 'stageId') === header.stageId)!)).toEqual(header.rect);
        }
        for (const lane of layout.lanes) {
          expect(boundsOf(laneSection(figma, lane.laneId))).toEqual(lane.band);
          for (const cell of lane.cells) expect(cellRect(figma, lane.laneId, cell.stageId)).toEqual(cell.rect);
        }

        const after = await exportNotesAsync(session, mapId);
        expect(after.places.size).toBe(before.places.size);
        expect(after.votes).toEqual(before.votes);
        expect(countStickies(figma)).toBe(stickies);
        const stickyById = new Map(figma.currentPage.findAllWithCriteria({ types: ['STICKY'] }).map((node) => [node.id, node]));
        for (const [id, place] of before.places) {
          if (place.kind !== 'cell') continue;
          expect(after.places.get(id)).toEqual(place);
          const rect = cellRect(figma, place.laneId, place.stageId);
          expect(rectContainsRect(rect, boundsOf(stickyById.get(id)!))).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('leaves a tidy map and its notes as they are', async () => {
    const session = startPluginSession();
    const { figma, handles } = session.fake;
    const mapId = await createMapAsync(session);
    const cell = cellRect(figma, 'thoughts', 'purchase');
    const note = await addNoteAsync(figma, { text: 'fine', x: cell.x + 50, y: cell.y + 50, parent: laneSection(figma, 'thoughts') });
    const board = dumpBoard(session.fake);
    handles.counts.reset();
    const answer = await session.requestAsync({ type: 'tidy-map', requestId: 'tidy', mapId });
    expect(answer).toEqual({ type: 'map-tidied', requestId: 'tidy', mapId, notesMoved: 0, partsRestored: 0 });
    expect(boundsOf(note)).toMatchObject({ x: cell.x + 50, y: cell.y + 50 });
    // Figma reads paints back with their defaults filled in, so a tidy comparing them naively rewrites every fill.
    const writes = handles.counts.snapshot().writesByMember;
    expect(writes['fills'] ?? 0).toBe(0);
    expect(writes['strokes'] ?? 0).toBe(0);
    expect(dumpBoard(session.fake)).toEqual(board);
  });
});
