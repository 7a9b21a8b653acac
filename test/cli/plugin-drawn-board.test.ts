import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Journey } from '../../src/core/journey-schema';
import { JourneySchema } from '../../src/core/journey-schema';
import { convertFakePageToRestAsync } from '../fixtures/rest/convert-fake-page-to-rest';
import { startPluginSession } from '../plugin/plugin-session';
import { drawWorkshopBoardAsync } from '../plugin/workshop-board';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli.js');
let workDirectory = '';

beforeAll(() => {
  if (!existsSync(cli)) execFileSync(process.execPath, ['build.mjs'], { cwd: root });
  workDirectory = mkdtempSync(path.join(tmpdir(), 'journey-lanes-'));
});

afterAll(() => {
  rmSync(workDirectory, { recursive: true, force: true });
});

/** What may differ between two reads of the same board: when, and through which adapter. */
function comparable(journey: Journey) {
  const { exportedAt: _exportedAt, source, ...rest } = journey;
  return { ...rest, source: { editor: source.editor, mapId: source.mapId } };
}

describe('one core, two adapters', () => {
  it('the command line reads a board the plugin drew exactly as the plugin does', async () => {
    const session = startPluginSession();
    await drawWorkshopBoardAsync(session.fake, session);
    const answer = await session.requestAsync({ type: 'export-map', requestId: 'export' });
    if (answer.type !== 'map-exported') throw new Error(JSON.stringify(answer));

    const file = path.join(workDirectory, 'board.json');
    writeFileSync(file, JSON.stringify(await convertFakePageToRestAsync(session.fake)));
    const output = execFileSync(process.execPath, [cli, 'export', file], { encoding: 'utf8' });
    const fromRest = JourneySchema.parse(JSON.parse(output));

    expect(fromRest.source.via).toBe('rest');
    expect(fromRest.summary.counts.notes).toBe(10);
    expect(comparable(fromRest)).toEqual(comparable(answer.journey));
    expect(fromRest.summary.painPointsByVotes.map((note) => note.votes)).toEqual([3, 1]);
  });

  it('the command line counts the votes an import recorded on the map, as the plugin does', async () => {
    const session = startPluginSession();
    const imported = await session.requestAsync({
      type: 'import-map',
      requestId: 'import',
      journey: {
        schemaVersion: 1,
        title: 'Imported',
        lanes: [{ id: 'pains', name: 'Pain points', kind: 'painPoints' }],
        stages: [{ id: 's', name: 'Start', lanes: { pains: [{ text: 'Slow', votes: 4 }, { text: 'Loud', votes: 1, stamps: { heart: 1 } }] } }],
      },
    });
    if (imported.type !== 'map-imported') throw new Error(JSON.stringify(imported));
    const answer = await session.requestAsync({ type: 'export-map', requestId: 'export' });
    if (answer.type !== 'map-exported') throw new Error(JSON.stringify(answer));

    const file = path.join(workDirectory, 'imported.json');
    writeFileSync(file, JSON.stringify(await convertFakePageToRestAsync(session.fake)));
    const fromRest = JourneySchema.parse(JSON.parse(execFileSync(process.execPath, [cli, 'export', file], { encoding: 'utf8' })));
    expect(comparable(fromRest)).toEqual(comparable(answer.journey));
    expect(fromRest.stages[0]!.lanes.pains!.map((note) => [note.text, note.votes, note.stamps])).toEqual([
      ['Slow', 4, undefined],
      ['Loud', 1, { heart: 1 }],
    ]);
  });
});
