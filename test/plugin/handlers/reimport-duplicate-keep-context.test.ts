import { describe, expect, it } from 'vitest';
import type { Journey } from '../../../src/core/journey/journey-schema';
import type { ImportedJourney } from '../../../src/core/import/journey-import-schema';
import { USER_MESSAGES } from '../../../src/core/shared/user-messages';
import { contextSpec, expectContextDrawn, storedSpec } from '../context-board';
import { nodesWithRole } from '../board-builders';
import { createMapAsync } from '../map-edit-helpers';
import type { PluginSession } from '../plugin-session';
import { startPluginSession } from '../plugin-session';

async function exportAsync(session: PluginSession, mapId: string): Promise<Journey> {
  const answer = await session.requestAsync({ type: 'export-map', requestId: 'export', mapId });
  if (answer.type !== 'map-exported') throw new Error(JSON.stringify(answer));
  return answer.journey;
}

describe('importing a map\'s own export again', () => {
  it('keeps the legend, the how-to, the options and the title area of a map drawn with Create', async () => {
    const session = startPluginSession();
    const mapId = await createMapAsync(session, contextSpec());
    const journey = await exportAsync(session, mapId);
    const answer = await session.requestAsync({ type: 'import-map', requestId: 'again', journey });
    expect(answer).toMatchObject({ type: 'map-imported', updated: true, mapId });
    expectContextDrawn(session);
    const stored = storedSpec(session);
    expect(stored).toMatchObject({ scenario: 'Buying a winter jacket online', team: 'Web shop squad', date: 'March 2026', state: 'current' });
    expect(stored.options).toEqual(contextSpec().options);
  });

  it('takes the state from the journey when it says one', async () => {
    const session = startPluginSession();
    const mapId = await createMapAsync(session, contextSpec());
    const journey = await exportAsync(session, mapId);
    const answer = await session.requestAsync({ type: 'import-map', requestId: 'again', journey: { ...journey, state: 'future' } });
    expect(answer).toMatchObject({ type: 'map-imported', updated: true });
    expectContextDrawn(session, ['Future state']);
  });

  it('exports the cell size, and keeps it when the export is imported again; a journey that says another size gets it', async () => {
    const session = startPluginSession();
    const spec = contextSpec();
    const mapId = await createMapAsync(session, { ...spec, options: { ...spec.options, cellColumns: 2 } });
    const journey = await exportAsync(session, mapId);
    expect(journey.cellSize).toEqual({ columns: 2, rows: spec.options.cellRows });
    const again = await session.requestAsync({ type: 'import-map', requestId: 'again', journey });
    expect(again).toMatchObject({ type: 'map-imported', updated: true, mapId });
    expect(storedSpec(session).options.cellColumns).toBe(2);
    const wider = await session.requestAsync({ type: 'import-map', requestId: 'wider', journey: { ...journey, cellSize: { columns: 4, rows: 2 } } });
    expect(wider).toMatchObject({ type: 'map-imported', updated: true, mapId });
    expect(storedSpec(session).options).toMatchObject({ cellColumns: 4, cellRows: 2 });
  });

  it('draws a new map from a journey at the cell size it says', async () => {
    const session = startPluginSession();
    const spec = contextSpec();
    const mapId = await createMapAsync(session, { ...spec, options: { ...spec.options, cellColumns: 2 } });
    const { source: _source, ...journey } = await exportAsync(session, mapId);
    const answer = await session.requestAsync({ type: 'import-map', requestId: 'new', journey });
    if (answer.type !== 'map-imported') throw new Error(JSON.stringify(answer));
    expect(answer.updated).toBe(false);
    expect(storedSpec(session, answer.mapId).options).toMatchObject({ cellColumns: 2, cellRows: spec.options.cellRows });
  });

  it('says it updated the map the journey was exported from, true for a map drawn with Create', () => {
    expect(USER_MESSAGES.mapImportUpdated(1, 2)).toBe('Updated the map this journey was exported from: 1 note added, 2 left where people put them');
  });
});

describe('duplicate as future state', () => {
  it('keeps the original\'s legend, how-to, options and title area, marked "Future state"', async () => {
    const session = startPluginSession();
    const mapId = await createMapAsync(session, contextSpec());
    const answer = await session.requestAsync({ type: 'duplicate-map', requestId: 'duplicate', mapId });
    if (answer.type !== 'map-imported') throw new Error(JSON.stringify(answer));
    const copy = storedSpec(session, answer.mapId);
    expect(copy).toMatchObject({ scenario: 'Buying a winter jacket online', team: 'Web shop squad', date: 'March 2026', state: 'future' });
    expect(copy.options).toMatchObject({ showLegend: true, showHowTo: true, showInstructions: true, personaSlots: true, parkingLot: true });
    expect(copy.options).toEqual({ ...contextSpec().options });
    expectContextDrawn(session, ['Current state', 'Future state']);
  });

  it('keeps every board option of a map drawn 2 notes across: the copy is as wide as the original', async () => {
    const session = startPluginSession();
    const spec = contextSpec();
    const narrow = { ...spec, options: { ...spec.options, cellColumns: 2, showInstructions: false } };
    const mapId = await createMapAsync(session, narrow);
    const answer = await session.requestAsync({ type: 'duplicate-map', requestId: 'duplicate', mapId });
    if (answer.type !== 'map-imported') throw new Error(JSON.stringify(answer));
    expect(storedSpec(session, answer.mapId).options).toEqual(narrow.options);
    const widths = nodesWithRole(session.fake.figma, 'map').map((node) => node.width);
    expect(widths).toHaveLength(2);
    expect(widths[1]).toBe(widths[0]);
  });
});

describe('the counts a re-import says', () => {
  const journey: ImportedJourney = {
    schemaVersion: 1,
    title: 'Counted',
    source: { mapId: 'counted-1' },
    lanes: [{ id: 'a', name: 'Actions', kind: 'actions' }],
    stages: ['One', 'Two', 'Three'].map((name, index) => ({ id: `s${index}`, name, lanes: { a: [{ text: `${name} first` }, { text: `${name} second` }] } })),
  };

  function notePositions(session: PluginSession): Map<string, string> {
    const stickies = session.fake.figma.currentPage.findAll((node) => node.type === 'STICKY');
    return new Map(stickies.map((sticky) => [sticky.id, `${sticky.x},${sticky.y}`]));
  }

  it('says how many notes moved with their cells when the cells grew, not that they were left where people put them', async () => {
    const session = startPluginSession();
    const drawn = await session.requestAsync({ type: 'import-map', requestId: 'first', journey });
    expect(drawn).toMatchObject({ type: 'map-imported', updated: false });
    const before = notePositions(session);
    const answer = await session.requestAsync({ type: 'import-map', requestId: 'wider', journey: { ...journey, cellSize: { columns: 5, rows: 2 } } });
    const after = notePositions(session);
    const moved = [...before].filter(([id, at]) => after.get(id) !== at).length;
    expect(moved).toBeGreaterThan(0);
    expect(answer).toMatchObject({ type: 'map-imported', updated: true, notesAdded: 0, notesKept: 6, notesMoved: moved });
    const said = session.fake.handles.notifications.at(-1)?.message;
    expect(said).toBe(USER_MESSAGES.mapImportUpdated(0, 6, moved));
    expect(said).toContain(`${moved} moved with their cells`);
  });

  it('still says the notes were left where people put them when nothing moved', async () => {
    const session = startPluginSession();
    await session.requestAsync({ type: 'import-map', requestId: 'first', journey });
    const answer = await session.requestAsync({ type: 'import-map', requestId: 'again', journey });
    expect(answer).toEqual(expect.objectContaining({ updated: true, notesAdded: 0, notesKept: 6 }));
    expect(answer).not.toHaveProperty('notesMoved');
    expect(session.fake.handles.notifications.at(-1)?.message).toBe(USER_MESSAGES.mapImportUpdated(0, 6));
  });
});
