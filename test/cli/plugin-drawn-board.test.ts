import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Journey } from '../../src/core/journey/journey-schema';
import { JourneySchema } from '../../src/core/journey/journey-schema';
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
    expect(fromRest.summary.counts.notes).toBe(11);
    expect(fromRest.persona?.slots?.goals.map((note) => note.text)).toEqual(['Wants to buy in under 5 minutes']);
    expect(fromRest.parkingLot?.map((note) => note.text)).toEqual(['Do we need a loyalty card?']);
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

/** Where each note of a journey is: "note id: lane id / stage id", or "note id: reason" when unplaced. */
function notePlaces(journey: Journey): string[] {
  const cells = journey.stages.flatMap((stage) =>
    Object.entries(stage.lanes).flatMap(([laneId, notes]) => notes.map((note) => `${note.id}: ${laneId} / ${stage.id}`)),
  );
  return [...cells, ...journey.unplaced.map((note) => `${note.id}: ${note.reason}`)].sort();
}

function stripTags(node: { sharedPluginData?: unknown; children?: unknown[] }): void {
  delete node.sharedPluginData;
  for (const child of node.children ?? []) stripTags(child as typeof node);
}

interface TaggableNode {
  id: string;
  sharedPluginData?: Record<string, Record<string, string>>;
  children?: unknown[];
}

function findNode(node: TaggableNode, id: string): TaggableNode | null {
  if (node.id === id) return node;
  for (const child of node.children ?? []) {
    const found = findNode(child as typeof node, id);
    if (found) return found;
  }
  return null;
}

describe('a map the plugin drew, read without its tags', () => {
  async function drawAsync() {
    const session = startPluginSession();
    await drawWorkshopBoardAsync(session.fake, session);
    const answer = await session.requestAsync({ type: 'export-map', requestId: 'export' });
    if (answer.type !== 'map-exported') throw new Error(JSON.stringify(answer));
    const rest = await convertFakePageToRestAsync(session.fake);
    return { tagged: answer.journey, rest };
  }

  function runOn(name: string, rest: unknown): { journey: Journey; stderr: string } {
    const file = path.join(workDirectory, name);
    writeFileSync(file, JSON.stringify(rest));
    const result = spawnSync(process.execPath, [cli, 'export', file], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    return { journey: JourneySchema.parse(JSON.parse(result.stdout)), stderr: result.stderr };
  }

  it('puts every note of a lane in its lane and stage, takes instructions for instructions, and says the tags are missing', async () => {
    const { tagged, rest } = await drawAsync();
    stripTags(rest.document);
    const { journey, stderr } = runOn('untagged.json', rest);
    expect(journey.lanes.map((lane) => lane.name)).toEqual(tagged.lanes.map((lane) => lane.name));
    const inCells = (places: string[]) => places.filter((place) => place.includes(' / '));
    expect(inCells(notePlaces(journey))).toEqual(inCells(notePlaces(tagged)));
    expect(journey.summary.counts.notes).toBe(tagged.summary.counts.notes);
    expect(stderr).toContain('"Customer journey map" looks drawn by Journey Lanes but has lost its tags: read from its structure.');
  });

  it('reads a map whose spec tag is damaged from its structure, every note kept', async () => {
    const { tagged, rest } = await drawAsync();
    const mapSection = rest.document.children[0]!.children.find((node) => node.type === 'SECTION')!;
    findNode(mapSection as unknown as TaggableNode, mapSection.id)!.sharedPluginData!['journeylanes']!['spec'] = '{"title": broken';
    const { journey, stderr } = runOn('damaged.json', rest);
    const inCells = (places: string[]) => places.filter((place) => place.includes(' / '));
    expect(inCells(notePlaces(journey))).toEqual(inCells(notePlaces(tagged)));
    expect(journey.summary.counts.notes).toBe(tagged.summary.counts.notes);
    expect(stderr).toContain('damaged');
  });
});
