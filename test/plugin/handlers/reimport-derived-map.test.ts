import { describe, expect, it } from 'vitest';
import type { MapSnapshot } from '../../../src/core/board/board-snapshot';
import { computeRearrangedMap } from '../../../src/core/edit/compute-rearranged-map';
import type { Journey } from '../../../src/core/journey/journey-schema';
import { placeNotes } from '../../../src/core/placement/place-notes';
import { planMapUpdate } from '../../../src/core/edit/plan-map-update';
import { deriveBoardSpec } from '../../../src/core/board/derive-board-spec';
import type { TemplateSpec } from '../../../src/core/template/template-spec';
import { applyMapRearrangementAsync } from '../../../src/plugin/write/apply-map-rearrangement-async';
import { readMapForEditAsync } from '../../../src/plugin/read/read-map-for-edit-async';
import { readTaggedMapAsync } from '../../../src/plugin/read/read-tagged-map-async';
import { startPluginSession } from '../plugin-session';
import type { PluginSession } from '../plugin-session';
import { drawWorkshopBoardAsync } from '../workshop-board';

/** Where placement puts each note, by note id, with the note's page position and container. */
function placesOf(map: MapSnapshot) {
  const placement = placeNotes(map);
  const places: Record<string, string> = {};
  placement.cells.forEach((lanes, stageIndex) =>
    lanes.forEach((notes, laneIndex) => {
      for (const { note } of notes) places[note.id] = `cell ${map.lanes[laneIndex]!.id} ${map.stages[stageIndex]!.id}`;
    }),
  );
  for (const note of placement.persona) places[note.id] = 'persona';
  for (const { note, reason } of placement.unplaced) places[note.id] = `unplaced ${reason}`;
  placement.personaSlots.forEach((notes, index) => {
    for (const note of notes) places[note.id] = `persona-slot ${map.persona!.slots![index]!.id}`;
  });
  for (const note of placement.parkingLot) places[note.id] = 'parking-lot';
  const notes = [...map.notes]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, bounds, parentId, stamps }) => ({ id, bounds, parentId, stamps }));
  return { places, notes };
}

function structureOf(map: MapSnapshot) {
  return {
    nodeId: map.nodeId,
    bounds: map.bounds,
    title: map.title,
    persona: map.persona && { nodeId: map.persona.nodeId, bounds: map.persona.bounds, slots: map.persona.slots },
    parkingLot: map.parkingLot,
    lanes: map.lanes.map(({ id, kind, nodeId, bounds }) => ({ id, kind, nodeId, bounds })),
    stages: map.stages.map(({ id, nodeId, bounds }) => ({ id, nodeId, bounds })),
  };
}

/** The map derived from the plan, and the map read off the board at the same moment of the same step. */
async function deriveAndReadAsync(session: PluginSession, change: (spec: TemplateSpec) => TemplateSpec) {
  const api = session.fake.figma;
  const mapId = (await session.readyAsync()).maps[0]!.mapId;
  const { section, map, stored } = await readMapForEditAsync(api, mapId);
  const plan = planMapUpdate(map, change(deriveBoardSpec(stored, map)), true);
  if (plan.kind !== 'apply') throw new Error(JSON.stringify(plan));
  let derived: MapSnapshot | null = null;
  let read: MapSnapshot | null = null;
  await applyMapRearrangementAsync(api, section, map, plan.rearrangement, {
    thenAsync: async (_log, _drawn, nodeIds) => {
      derived = computeRearrangedMap(map, plan.rearrangement, nodeIds);
      read = await readTaggedMapAsync(api, section, { includeAuthors: false });
    },
  });
  return { derived: derived!, read: read! };
}

const changes: Array<[string, (spec: TemplateSpec) => TemplateSpec]> = [
  ['nothing', (spec) => spec],
  ['a stage added in front', (spec) => ({ ...spec, stages: [{ id: 'discover', name: 'Discover' }, ...spec.stages] })],
  [
    'a lane and a stage removed',
    (spec) => ({ ...spec, lanes: spec.lanes.filter((lane) => lane.id !== 'painPoints'), stages: spec.stages.slice(1) }),
  ],
  [
    'lanes reversed and cells wider',
    (spec) => ({
      ...spec,
      lanes: [...spec.lanes].reverse(),
      options: { ...spec.options, cellColumns: spec.options.cellColumns + 1 },
    }),
  ],
];

describe('the map after a rearrangement, derived from the plan', () => {
  it.each(changes)('is the map read off the board after it, when %s changes', async (_name, change) => {
    const session = startPluginSession();
    await drawWorkshopBoardAsync(session.fake, session);
    const { derived, read } = await deriveAndReadAsync(session, change);
    expect(structureOf(derived)).toEqual(structureOf(read));
    expect(placesOf(derived)).toEqual(placesOf(read));
  });
});

/** Page searches of one re-import of the workshop board: the edit's map read, the map list, drawn parts, neighbours. */
const PAGE_SEARCHES_OF_ONE_REIMPORT = 8;

describe('importing a journey again', () => {
  async function exportAsync(session: PluginSession): Promise<Journey> {
    const answer = await session.requestAsync({ type: 'export-map', requestId: 'export' });
    if (answer.type !== 'map-exported') throw new Error(JSON.stringify(answer));
    return answer.journey;
  }

  it('reads the board once: the map after its changes comes from the plan', async () => {
    const session = startPluginSession();
    await drawWorkshopBoardAsync(session.fake, session);
    const exported = await exportAsync(session);
    const first = exported.stages[0]!;
    const journey = {
      ...exported,
      stages: [
        {
          ...first,
          lanes: {
            ...first.lanes,
            thoughts: [...(first.lanes['thoughts'] ?? []), { id: 'n', text: 'New thought', votes: 0 }],
          },
        },
        ...exported.stages.slice(2),
      ],
    };
    const api = session.fake.figma;
    const mapId = exported.source.mapId!;
    const { section } = await readMapForEditAsync(api, mapId);
    session.fake.handles.counts.reset();
    await readTaggedMapAsync(api, section, { includeAuthors: false });
    const searchesPerMapRead =
      session.fake.handles.counts.snapshot().byNode[api.currentPage.id]!['findAllWithCriteria']!;

    session.fake.handles.counts.reset();
    const answer = await session.requestAsync({ type: 'import-map', requestId: 'again', journey });
    expect(answer).toMatchObject({ type: 'map-imported', updated: true, notesAdded: 1 });
    // One map read (for the edit) and the drawn parts and neighbours the rearrangement looks for; a second map read
    // would add its own searches for stamps and recorded votes.
    const pageSearches = session.fake.handles.counts.snapshot().byNode[api.currentPage.id]!['findAllWithCriteria'];
    expect(searchesPerMapRead).toBe(4);
    expect(pageSearches).toBe(PAGE_SEARCHES_OF_ONE_REIMPORT);

    const after = await exportAsync(session);
    expect(after.stages[0]!.lanes['thoughts']!.map((note) => note.text)).toContain('New thought');
    expect(after.summary.counts.notes).toBe(exported.summary.counts.notes + 1);
  });
});
