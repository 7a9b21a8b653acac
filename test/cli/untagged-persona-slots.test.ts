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

describe('a map with persona slots, drawn by the plugin and read without its tags', () => {
  it('exports the notes in a slot under that slot, as the tagged read does', async () => {
    const session = startPluginSession();
    await drawWorkshopBoardAsync(session.fake, session);
    const board = await convertFakePageToRestAsync(session.fake);
    dropTags(board.document as unknown as RestTree);
    const { io, out } = createMemoryIo({ 'board.json': JSON.stringify(board) });
    const code = await runCliAsync(['export', 'board.json'], io);
    expect(code).toBe(0);
    const journey = JourneySchema.parse(JSON.parse(out.stdout));
    expect(journey.persona?.slots?.goals.map((note) => note.text)).toEqual(['Wants to buy in under 5 minutes']);
    expect(journey.unplaced.filter((note) => note.text === 'Wants to buy in under 5 minutes')).toEqual([]);
  });
});
