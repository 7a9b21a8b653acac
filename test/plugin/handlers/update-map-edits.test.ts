import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDefaultSpec } from '../../../src/core/template/presets';
import type { LaneSpec, StageSpec, TemplateSpec } from '../../../src/core/template/template-spec';
import { addNoteAsync, cellRect, laneSection, nodesWithRole } from '../board-builders';
import { countStickies, createMapAsync, exportNotesAsync } from '../map-edit-helpers';
import type { NotePlace } from '../map-edit-helpers';
import { startPluginSession } from '../plugin-session';

type Edit =
  | { kind: 'add-stage' | 'add-lane'; at: number }
  | { kind: 'remove-stage' | 'remove-lane'; at: number }
  | { kind: 'rename-stage' | 'rename-lane'; at: number; name: string }
  | { kind: 'move-stage' | 'move-lane'; from: number; to: number };

const position = fc.nat({ max: 40 });
const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('add-stage' as const, 'add-lane' as const), at: position }),
  fc.record({ kind: fc.constantFrom('remove-stage' as const, 'remove-lane' as const), at: position }),
  fc.record({ kind: fc.constantFrom('rename-stage' as const, 'rename-lane' as const), at: position, name: fc.constantFrom('Renamed', 'Ça marche', 'A much longer name for this part') }),
  fc.record({ kind: fc.constantFrom('move-stage' as const, 'move-lane' as const), from: position, to: position }),
);

const noteArbitrary = fc.record({
  stage: fc.nat({ max: 4 }),
  lane: fc.nat({ max: 5 }),
  /** Where in the cell, as a share of the room left beside the note. */
  u: fc.double({ min: 0, max: 1, noNaN: true }),
  v: fc.double({ min: 0, max: 1, noNaN: true }),
  stamps: fc.nat({ max: 2 }),
});

let counter = 0;

function applyEdit<Item extends StageSpec | LaneSpec>(items: Item[], edit: Edit, create: (id: string) => Item): Item[] {
  const next = [...items];
  switch (edit.kind) {
    case 'add-stage':
    case 'add-lane':
      counter += 1;
      next.splice(edit.at % (next.length + 1), 0, create(`added${counter}`));
      return next;
    case 'remove-stage':
    case 'remove-lane':
      if (next.length > 1) next.splice(edit.at % next.length, 1);
      return next;
    case 'rename-stage':
    case 'rename-lane': {
      const index = edit.at % next.length;
      next[index] = { ...next[index]!, name: edit.name };
      return next;
    }
    default: {
      const [moved] = next.splice(edit.from % next.length, 1);
      next.splice(edit.to % (next.length + 1), 0, moved!);
      return next;
    }
  }
}

function edit(spec: TemplateSpec, change: Edit): TemplateSpec {
  if (change.kind.endsWith('stage')) {
    return { ...spec, stages: applyEdit(spec.stages, change, (id) => ({ id, name: `Stage ${id}` })) };
  }
  return { ...spec, lanes: applyEdit(spec.lanes, change, (id) => ({ id, name: `Lane ${id}`, kind: 'custom' as const })) };
}

describe('update-map with random edit sequences on the fake', () => {
  it('keeps every note in its cell while its stage and lane exist, beside the map after, and never loses a note or a vote', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(noteArbitrary, { maxLength: 12 }), fc.array(editArbitrary, { minLength: 1, maxLength: 4 }), async (notes, edits) => {
        const session = startPluginSession();
        const { figma, handles } = session.fake;
        const mapId = await createMapAsync(session);
        let spec = createDefaultSpec();
        for (const note of notes) {
          const laneId = spec.lanes[note.lane]!.id;
          const cell = cellRect(figma, laneId, spec.stages[note.stage]!.id);
          const sticky = await addNoteAsync(figma, {
            text: `note ${note.stage} ${note.lane}`,
            x: cell.x + note.u * (cell.width - 240),
            y: cell.y + note.v * (cell.height - 240),
            parent: laneSection(figma, laneId),
          });
          for (let index = 0; index < note.stamps; index++) handles.board.addStamp({ name: '+1', stuckTo: sticky });
        }
        const start = await exportNotesAsync(session, mapId);
        const stickies = countStickies(figma);
        expect(start.places.size).toBe(notes.length);

        /** Where each note should be: its first cell, until its stage or lane is removed. */
        const expected = new Map<string, NotePlace>(start.places);
        for (const change of edits) {
          spec = edit(spec, change);
          const answer = await session.requestAsync({ type: 'update-map', requestId: `update-${counter}`, mapId, spec, keepNotesBeside: true });
          expect(answer.type).toBe('map-updated');
          const stageIds = new Set(spec.stages.map((stage) => stage.id));
          const laneIds = new Set(spec.lanes.map((lane) => lane.id));
          for (const [id, place] of expected) {
            if (place.kind === 'cell' && (!stageIds.has(place.stageId) || !laneIds.has(place.laneId))) {
              expected.set(id, { kind: 'unplaced', reason: 'near-map' });
            }
          }
          const now = await exportNotesAsync(session, mapId);
          expect(now.places).toEqual(expected);
          expect(now.votes).toEqual(start.votes);
          expect(countStickies(figma)).toBe(stickies);
          expect(nodesWithRole(figma, 'lane')).toHaveLength(spec.lanes.length);
          expect(nodesWithRole(figma, 'cell')).toHaveLength(spec.lanes.length * spec.stages.length);
        }
      }),
      { numRuns: 25 },
    );
  });
});
