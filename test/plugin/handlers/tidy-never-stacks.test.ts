import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rectsOverlap } from '../../../src/core/shared/geometry';
import type { Rect } from '../../../src/core/shared/geometry';
import { createDefaultSpec } from '../../../src/core/template/presets';
import { USER_MESSAGES } from '../../../src/core/shared/user-messages';
import { UNVERIFIED_SETTINGS } from '../../fake-figjam/index';
import { addNoteAsync, boundsOf, cellRect, laneSection } from '../board-builders';
import { createMapAsync, exportNotesAsync } from '../map-edit-helpers';
import { startPluginSession } from '../plugin-session';

const spec = createDefaultSpec();
const laneIds = spec.lanes.filter((lane) => lane.kind !== 'emotions').map((lane) => lane.id);

const noteArbitrary = fc.record({
  /** Two cells at most, so notes crowd them. */
  stage: fc.nat({ max: 1 }),
  lane: fc.constant(0),
  /** Share of the cell across and down; beyond 0..1 the note sticks out of its cell. */
  u: fc.double({ min: -0.25, max: 1.1, noNaN: true }),
  v: fc.double({ min: -0.1, max: 1.05, noNaN: true }),
});

function overlappingPairs(rects: ReadonlyMap<string, Rect>): Set<string> {
  const pairs = new Set<string>();
  const entries = [...rects];
  entries.forEach(([id, rect], index) => {
    for (const [otherId, other] of entries.slice(index + 1))
      if (rectsOverlap(rect, other)) pairs.add([id, otherId].sort().join(' '));
  });
  return pairs;
}

describe.each(UNVERIFIED_SETTINGS)('tidy-map never stacks notes ($name)', ({ unverified }) => {
  it('makes no two notes overlap that did not overlap before, keeps every note in its cell and moves none that lay on no other', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(noteArbitrary, { minLength: 3, maxLength: 10 }), async (notes) => {
        const session = startPluginSession({ unverified });
        const { figma } = session.fake;
        const mapId = await createMapAsync(session);
        const stickies = [];
        for (const note of notes) {
          const laneId = laneIds[note.lane]!;
          const cell = cellRect(figma, laneId, spec.stages[note.stage]!.id);
          stickies.push(
            await addNoteAsync(figma, {
              text: 'note',
              x: Math.round(cell.x + note.u * (cell.width - 240)),
              y: Math.round(cell.y + note.v * (cell.height - 240)),
              parent: laneSection(figma, laneId),
            }),
          );
        }
        const before = new Map(stickies.map((sticky) => [sticky.id, boundsOf(sticky)]));
        const placesBefore = (await exportNotesAsync(session, mapId)).places;
        const answer = await session.requestAsync({ type: 'tidy-map', requestId: 'tidy', mapId });
        expect(answer.type).toBe('map-tidied');
        const after = new Map(stickies.map((sticky) => [sticky.id, boundsOf(sticky)]));
        const newPairs = [...overlappingPairs(after)].filter((pair) => !overlappingPairs(before).has(pair));
        expect(newPairs).toEqual([]);
        expect((await exportNotesAsync(session, mapId)).places).toEqual(placesBefore);
        for (const sticky of stickies) {
          const wasInside = before.get(sticky.id)!;
          const place = placesBefore.get(sticky.id)!;
          if (place.kind !== 'cell') continue;
          const cell = cellRect(figma, place.laneId, place.stageId);
          const inside = (rect: Rect) =>
            rect.x >= cell.x &&
            rect.y >= cell.y &&
            rect.x + rect.width <= cell.x + cell.width &&
            rect.y + rect.height <= cell.y + cell.height;
          // A note wholly in its cell stays, unless it lay on another: then it may be spread, still in its cell.
          const stacked = [...before].some(([id, rect]) => id !== sticky.id && rectsOverlap(rect, wasInside));
          if (inside(wasInside) && !stacked) expect(after.get(sticky.id)).toEqual(wasInside);
          if (inside(wasInside) && stacked) expect(inside(after.get(sticky.id)!)).toBe(true);
        }
      }),
      {
        numRuns: 15,
        // A pile of six at the cell's corner and a note sticking out below: the pile spread must keep clear of
        // where that note stays when no room is left for it.
        examples: [
          [[{ stage: 0, lane: 0, u: 0, v: 1.0013888888888887 }, ...Array.from({ length: 6 }, () => ({ stage: 0, lane: 0, u: 0, v: 0 }))]],
          // A note sticking out left of a pile of four at the cell's corner.
          [[{ stage: 0, lane: 0, u: -0.18828125000000012, v: 0.6652777777777775 }, ...Array.from({ length: 4 }, () => ({ stage: 0, lane: 0, u: 0, v: 0 }))]],
        ],
      },
    );
  }, 120_000);

  it('lays out notes in free places when their snapped place is taken, and says how many', async () => {
    const session = startPluginSession({ unverified });
    const { figma } = session.fake;
    const mapId = await createMapAsync(session);
    const cell = cellRect(figma, 'painPoints', 'purchase');
    const lane = laneSection(figma, 'painPoints');
    const bottom = cell.y + cell.height;
    const voted = await addNoteAsync(figma, {
      text: 'Voted pain point',
      x: cell.x + 40,
      y: bottom - 400,
      parent: lane,
    });
    const below = await addNoteAsync(figma, {
      text: 'Sticks out below',
      x: cell.x + 40,
      y: bottom - 150,
      parent: lane,
    });
    expect(rectsOverlap(boundsOf(voted), boundsOf(below))).toBe(false);
    const votedAt = boundsOf(voted);
    const answer = await session.requestAsync({ type: 'tidy-map', requestId: 'tidy', mapId });
    expect(answer).toMatchObject({ type: 'map-tidied', notesMoved: 1, notesLaidOut: 1 });
    expect(boundsOf(voted)).toEqual(votedAt);
    expect(rectsOverlap(boundsOf(below), votedAt)).toBe(false);
    const now = boundsOf(below);
    expect(
      now.x >= cell.x && now.y >= cell.y && now.x + now.width <= cell.x + cell.width && now.y + now.height <= bottom,
    ).toBe(true);
    expect(session.fake.handles.notifications.at(-1)?.message).toBe(USER_MESSAGES.mapTidied(0, 1, 1));
  });

  it('spreads notes stacked on each other in a cell over its free places, in one undo step, and moves no other note', async () => {
    const session = startPluginSession({ unverified });
    const { figma, handles } = session.fake;
    const mapId = await createMapAsync(session);
    const cell = cellRect(figma, 'painPoints', 'purchase');
    const lane = laneSection(figma, 'painPoints');
    const stack = [];
    for (const text of ['Hidden fees', 'Slow checkout', 'No guest checkout']) {
      stack.push(await addNoteAsync(figma, { text, x: cell.x + 40, y: cell.y + 40, parent: lane }));
    }
    const apart = await addNoteAsync(figma, { text: 'Apart', x: cell.x + cell.width - 280, y: cell.y + cell.height - 280, parent: lane });
    // Two people feeling the same at the same stage: in the emotions lane a note's height is its score.
    const emotions = cellRect(figma, 'emotions', 'purchase');
    const moods = [];
    for (const text of ['Checkout page', 'Payment form']) {
      moods.push(await addNoteAsync(figma, { text, x: emotions.x + 40, y: emotions.y + 100, parent: laneSection(figma, 'emotions') }));
    }
    const before = new Map([...stack, apart, ...moods].map((sticky) => [sticky.id, boundsOf(sticky)]));
    const placesBefore = (await exportNotesAsync(session, mapId)).places;
    const undoBefore = handles.undoCommits;

    const answer = await session.requestAsync({ type: 'tidy-map', requestId: 'tidy', mapId });
    expect(answer).toMatchObject({ type: 'map-tidied', notesMoved: 2, notesLaidOut: 2 });
    expect(handles.undoCommits).toBe(undoBefore + 1);
    expect(handles.notifications.at(-1)?.message).toBe(USER_MESSAGES.mapTidied(0, 2, 2));
    expect(boundsOf(stack[0]!)).toEqual(before.get(stack[0]!.id));
    expect(boundsOf(apart)).toEqual(before.get(apart.id));
    expect(overlappingPairs(new Map([...stack, apart].map((sticky) => [sticky.id, boundsOf(sticky)])))).toEqual(new Set());
    for (const sticky of stack) {
      const now = boundsOf(sticky);
      expect(now.x >= cell.x && now.y >= cell.y && now.x + now.width <= cell.x + cell.width && now.y + now.height <= cell.y + cell.height).toBe(true);
    }
    for (const mood of moods) expect(boundsOf(mood)).toEqual(before.get(mood.id));
    expect((await exportNotesAsync(session, mapId)).places).toEqual(placesBefore);
  });
});
