import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JourneySchema } from '../../../src/core/journey/journey-schema';
import type { Journey } from '../../../src/core/journey/journey-schema';
import type { FigJamSection } from '../../../src/plugin/platform/figjam-api';
import { boundsOf, laneSection, nodesWithRole } from '../board-builders';
import { startPluginSession } from '../plugin-session';

const LANE_IDS = ['touchpoints', 'actions', 'thoughts', 'emotions', 'painPoints', 'opportunities'];

const textArbitrary = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 40 }),
  fc.constant('😀 '.repeat(20)),
  fc.constant('لا أستطيع العثور على زر الدفع'),
  fc.constant('שלום, זה לא עובד'),
  fc.constant('x'.repeat(10_000)),
  fc.constant('<img src=x onerror=alert(1)>'),
  fc.constant('=HYPERLINK("http://example.invalid")'),
);

const noteArbitrary = fc.record({
  text: textArbitrary,
  /** Where the note lies, as a share of the map's size; beyond 0..1 is outside the map. */
  u: fc.double({ min: -0.08, max: 1.08, noNaN: true }),
  v: fc.double({ min: -0.08, max: 1.08, noNaN: true }),
  /** Which container FigJam put it in: a lane section, the map section itself, or the page. */
  container: fc.constantFrom('lane', 'map', 'page'),
  lane: fc.constantFrom(...LANE_IDS),
  stamps: fc.nat({ max: 2 }),
});

const boardArbitrary = fc.record({
  notes: fc.array(noteArbitrary, { maxLength: 25 }),
  /** Participants resize lanes: a new height for some lane sections. */
  laneHeights: fc.array(fc.option(fc.integer({ min: 300, max: 1200 }), { nil: null }), { minLength: 6, maxLength: 6 }),
});

function everyNote(journey: Journey) {
  return [
    ...(journey.persona?.notes ?? []),
    ...journey.stages.flatMap((stage) => Object.values(stage.lanes).flat()),
    ...journey.unplaced,
  ];
}

describe('export conservation on random boards drawn on the fake', () => {
  it('puts every written note of the map exactly once in a cell, the persona or unplaced, counts empty ones, and always validates', async () => {
    await fc.assert(
      fc.asyncProperty(boardArbitrary, async (board) => {
        const session = startPluginSession();
        const { figma, handles } = session.fake;
        await session.requestAsync({ type: 'create-map', requestId: 'create' });
        const map = nodesWithRole(figma, 'map')[0] as FigJamSection;
        board.laneHeights.forEach((height, index) => {
          const lane = laneSection(figma, LANE_IDS[index]!);
          if (height !== null) lane.resizeWithoutConstraints(lane.width, height);
        });
        const mapBounds = boundsOf(map);
        const probe = figma.createSticky();
        await figma.loadFontAsync(probe.text.fontName as FontName);
        probe.remove();

        const expected = new Set<string>();
        let expectedVotes = 0;
        let expectedEmpty = 0;
        for (const spec of board.notes) {
          const sticky = figma.createSticky();
          sticky.text.characters = spec.text;
          const x = mapBounds.x + spec.u * mapBounds.width;
          const y = mapBounds.y + spec.v * mapBounds.height;
          const parent = spec.container === 'lane' ? laneSection(figma, spec.lane) : spec.container === 'map' ? map : null;
          if (parent) {
            parent.appendChild(sticky);
            sticky.x = x - parent.absoluteTransform[0][2];
            sticky.y = y - parent.absoluteTransform[1][2];
          } else {
            sticky.x = x;
            sticky.y = y;
          }
          for (let index = 0; index < spec.stamps; index++) handles.board.addStamp({ name: '+1', stuckTo: sticky });
          // A note inside the map's sections always belongs to it; one loose on the page only when it lies near.
          const box = sticky.absoluteBoundingBox!;
          const near =
            box.x < mapBounds.x + mapBounds.width + 240 &&
            box.x + box.width > mapBounds.x - 240 &&
            box.y < mapBounds.y + mapBounds.height + 240 &&
            box.y + box.height > mapBounds.y - 240;
          // An empty sticky is not a note: it is counted in the summary, not listed.
          if ((parent || near) && spec.text.trim() === '') expectedEmpty += 1;
          else if (parent || near) {
            expected.add(sticky.id);
            expectedVotes += spec.stamps;
          }
        }

        const answer = await session.requestAsync({ type: 'export-map', requestId: 'export', format: 'csv' });
        if (answer.type !== 'map-exported') throw new Error(JSON.stringify(answer));
        expect(JourneySchema.safeParse(answer.journey).success).toBe(true);
        const ids = everyNote(answer.journey).map((note) => note.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(expected);
        expect(everyNote(answer.journey).reduce((sum, note) => sum + note.votes, 0)).toBe(expectedVotes);
        expect(answer.journey.summary.emptyNotes).toBe(expectedEmpty);
      }),
      { numRuns: 40 },
    );
  });
});
