import { describe, expect, it } from 'vitest';
import { runCliAsync } from '../../src/cli/run-cli-async';
import { JourneySchema } from '../../src/core/journey/journey-schema';
import { convertFakePageToRestAsync } from '../fixtures/rest/convert-fake-page-to-rest';
import { startPluginSession } from '../plugin/plugin-session';
import { drawWorkshopBoardAsync } from '../plugin/workshop-board';
import { createMemoryIo } from './create-memory-io';

interface RestTree {
  sharedPluginData?: unknown;
  children?: RestTree[];
}

/** What a file fetched without `plugin_data=shared` holds: the same nodes, no tags. */
function dropTags(node: RestTree): void {
  delete node.sharedPluginData;
  for (const child of node.children ?? []) dropTags(child);
}

async function exportWorkshopAsync(withTags: boolean) {
  const session = startPluginSession();
  await drawWorkshopBoardAsync(session.fake, session);
  const board = await convertFakePageToRestAsync(session.fake);
  if (!withTags) dropTags(board.document as unknown as RestTree);
  const { io, out } = createMemoryIo({ 'board.json': JSON.stringify(board) });
  const code = await runCliAsync(['export', 'board.json'], io);
  expect(code).toBe(0);
  return JourneySchema.parse(JSON.parse(out.stdout));
}

describe('a workshop map drawn by the plugin and read without its tags', () => {
  it('exports the notes in a persona slot under that slot, as the tagged read does', async () => {
    const journey = await exportWorkshopAsync(false);
    expect(journey.persona?.slots?.goals.map((note) => note.text)).toEqual(['Wants to buy in under 5 minutes']);
    expect(journey.unplaced.filter((note) => note.text === 'Wants to buy in under 5 minutes')).toEqual([]);
  });

  it('exports the note in the parking lot as parked, and counts every note as the tagged read does', async () => {
    const tagged = await exportWorkshopAsync(true);
    const untagged = await exportWorkshopAsync(false);
    expect(untagged.parkingLot?.map((note) => note.text)).toEqual(['Do we need a loyalty card?']);
    expect(untagged.summary.counts).toEqual(tagged.summary.counts);
    expect(untagged.unplaced.map((note) => [note.id, note.reason])).toEqual(tagged.unplaced.map((note) => [note.id, note.reason]));
  });
});
