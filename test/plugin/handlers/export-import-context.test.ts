import { describe, expect, it } from 'vitest';
import { JourneySchema } from '../../../src/core/journey/journey-schema';
import { nodesWithRole } from '../board-builders';
import { CONTEXT_LINE, contextSpec, storedSpec, textOf } from '../context-board';
import { createMapAsync } from '../map-edit-helpers';
import { startPluginSession } from '../plugin-session';

describe('the title area in the journey', () => {
  it('exports the scenario, team and date, and an import of the journey on another board draws its context line', async () => {
    const session = startPluginSession();
    const mapId = await createMapAsync(session, contextSpec());
    const exported = await session.requestAsync({ type: 'export-map', requestId: 'export', mapId });
    if (exported.type !== 'map-exported') throw new Error(JSON.stringify(exported));
    expect(exported.journey).toMatchObject({ state: 'current', scenario: 'Buying a winter jacket online', team: 'Web shop squad', date: 'March 2026' });
    expect(JourneySchema.safeParse(exported.journey).success).toBe(true);

    const other = startPluginSession();
    const imported = await other.requestAsync({ type: 'import-map', requestId: 'import', journey: exported.journey });
    expect(imported).toMatchObject({ type: 'map-imported', updated: false });
    expect(storedSpec(other)).toMatchObject({ scenario: 'Buying a winter jacket online', team: 'Web shop squad', date: 'March 2026', state: 'current' });
    expect(nodesWithRole(other.fake.figma, 'title-detail').map(textOf)).toEqual([CONTEXT_LINE]);
    expect(nodesWithRole(other.fake.figma, 'state-badge').map(textOf)).toEqual(['Current state']);
  });

  it('draws the context line of an imported journey that has one, cut to the title area\'s limit, and none for blank texts', async () => {
    const session = startPluginSession();
    const journey = {
      schemaVersion: 1,
      title: 'Jacket',
      scenario: `  ${'x'.repeat(200)}  `,
      team: '   ',
      date: 'March 2026',
      lanes: [{ id: 'actions', name: 'Actions', kind: 'actions' }],
      stages: [{ id: 'buy', name: 'Buy', lanes: { actions: [{ text: 'Pays' }] } }],
    };
    const answer = await session.requestAsync({ type: 'import-map', requestId: 'import', journey });
    expect(answer.type).toBe('map-imported');
    const stored = storedSpec(session);
    expect(stored.scenario).toBe('x'.repeat(120));
    expect(stored.team).toBeUndefined();
    expect(stored.date).toBe('March 2026');
  });
});
