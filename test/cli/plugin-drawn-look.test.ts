import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Journey } from '../../src/core/journey/journey-schema';
import { JourneySchema } from '../../src/core/journey/journey-schema';
import { createDefaultSpec } from '../../src/core/template/presets';
import { TemplateSpecSchema } from '../../src/core/template/template-spec';
import { convertFakePageToRestAsync } from '../fixtures/rest/convert-fake-page-to-rest';
import { addNoteAsync, cellRect, laneSection } from '../plugin/board-builders';
import { startPluginSession } from '../plugin/plugin-session';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli.js');
let workDirectory = '';

beforeAll(() => {
  // Built afresh: the command line must know the parts of the look this checkout draws.
  execFileSync(process.execPath, ['build.mjs'], { cwd: root });
  workDirectory = mkdtempSync(path.join(tmpdir(), 'journey-lanes-look-'));
});

afterAll(() => {
  rmSync(workDirectory, { recursive: true, force: true });
});

function comparable(journey: Journey) {
  const { exportedAt: _exportedAt, source, ...rest } = journey;
  return { ...rest, source: { editor: source.editor, mapId: source.mapId } };
}

function stripTags(node: { sharedPluginData?: unknown; children?: unknown[] }): void {
  delete node.sharedPluginData;
  for (const child of node.children ?? []) stripTags(child as typeof node);
}

function runExport(name: string, rest: unknown): Journey {
  const file = path.join(workDirectory, name);
  writeFileSync(file, JSON.stringify(rest));
  return JourneySchema.parse(JSON.parse(execFileSync(process.execPath, [cli, 'export', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })));
}

async function drawWorkshopMapAsync() {
  const session = startPluginSession();
  const base = createDefaultSpec();
  const spec = TemplateSpecSchema.parse({
    ...base,
    state: 'current',
    scenario: 'Buying a winter jacket',
    team: 'Web shop squad',
    date: 'March 2026',
    stages: base.stages.map((stage, index) => (index === 0 ? { ...stage, description: 'Weeks before' } : stage)),
    options: { ...base.options, showLegend: true, showHowTo: true },
  });
  const created = await session.requestAsync({ type: 'create-map', requestId: 'create', spec });
  if (created.type !== 'map-created') throw new Error(JSON.stringify(created));
  const { figma } = session.fake;
  const cell = cellRect(figma, 'emotions', 'purchase');
  await addNoteAsync(figma, { text: '-1 slow checkout', x: cell.x + 40, y: cell.y + 40, parent: laneSection(figma, 'emotions') });
  const answer = await session.requestAsync({ type: 'export-map', requestId: 'export' });
  if (answer.type !== 'map-exported') throw new Error(JSON.stringify(answer));
  return { journey: answer.journey, rest: await convertFakePageToRestAsync(session.fake), base };
}

describe('the command line and the look of a map', () => {
  it('reads a workshop map without its tags from its structure: the legend’s lane names are not taken for lanes', async () => {
    const { journey, rest } = await drawWorkshopMapAsync();
    stripTags(rest.document);
    const fromStructure = runExport('untagged-look.json', rest);
    expect(fromStructure.lanes.map((lane) => lane.name)).toEqual(journey.lanes.map((lane) => lane.name));
    expect(fromStructure.stages.map((stage) => stage.name)).toEqual(journey.stages.map((stage) => stage.name));
    expect(fromStructure.summary.counts.notes).toBe(1);
    expect(fromStructure.stages.find((stage) => stage.name === 'Purchase')!.lanes[fromStructure.lanes[3]!.id]!.map((note) => note.text)).toEqual(['-1 slow checkout']);
  });

  it('reads a workshop map with guides, panels and a title area as the plugin does: no part of the look is a note', async () => {
    const { journey, rest, base } = await drawWorkshopMapAsync();
    const fromRest = runExport('board.json', rest);
    expect(fromRest.summary.counts.notes).toBe(1);
    expect(fromRest.unplaced).toEqual([]);
    expect(fromRest.state).toBe('current');
    // The title area's texts come from the stored spec, as the plugin reads them.
    expect(fromRest).toMatchObject({ scenario: 'Buying a winter jacket', team: 'Web shop squad', date: 'March 2026' });
    expect(fromRest.stages.map((stage) => stage.name)).toEqual(base.stages.map((stage) => stage.name));
    expect(fromRest.stages[0]!.description).toBe('Weeks before');
    expect(comparable(fromRest)).toEqual(comparable(journey));
  });
});
