import type { GetFileResponse } from '@figma/rest-api-spec';
import { describe, expect, it } from 'vitest';
import { runCliAsync } from '../../src/cli/run-cli-async';
import { JourneySchema } from '../../src/core/journey/journey-schema';
import { createDrawnMap } from '../fixtures/rest/rest-boards';
import { createPage, createRestFile, createSticky } from '../fixtures/rest/rest-builders';
import { createMemoryIo } from './create-memory-io';

interface RestTree {
  name?: string;
  sharedPluginData?: unknown;
  absoluteBoundingBox?: { x: number; y: number; width: number; height: number } | null;
  children?: RestTree[];
}

/** What a file fetched without `plugin_data=shared` holds: the same nodes, no tags. */
function dropTags(node: RestTree): void {
  delete node.sharedPluginData;
  for (const child of node.children ?? []) dropTags(child);
}

/** A map the plugin drew, with a note in a cell and a note on the persona card, inside the persona section. */
function createMapWithPersonaNote(): GetFileResponse {
  const drawn = createDrawnMap({
    mapId: 'm1',
    origin: { x: 0, y: 0 },
    notes: (centre) => {
      const cell = centre('touchpoints', 'awareness');
      return [createSticky('n:1', 'Sees an ad', { x: cell.x - 120, y: cell.y - 120 })];
    },
  });
  const section = drawn.section as unknown as RestTree;
  const persona = section.children!.find((child) => child.name?.startsWith('Persona'))!;
  const box = persona.absoluteBoundingBox!;
  persona.children!.push(createSticky('p:1', 'Wants to buy in under 5 minutes', { x: box.x + 20, y: box.y + box.height - 260 }) as unknown as RestTree);
  return createRestFile('Workshop', [createPage('0:1', 'Workshop', [drawn.section])]);
}

async function exportJourneyAsync(board: GetFileResponse) {
  const { io, out } = createMemoryIo({ 'board.json': JSON.stringify(board) });
  const code = await runCliAsync(['export', 'board.json'], io);
  expect(code).toBe(0);
  return JourneySchema.parse(JSON.parse(out.stdout));
}

describe('a map the plugin drew, read without its tags, keeps its persona notes', () => {
  it('exports a note on the persona card as a persona note, as the tagged read does', async () => {
    const tagged = await exportJourneyAsync(createMapWithPersonaNote());
    expect(tagged.persona?.notes.map((note) => note.id)).toEqual(['p:1']);
    const board = createMapWithPersonaNote();
    dropTags(board.document as unknown as RestTree);
    const untagged = await exportJourneyAsync(board);
    // The note lies inside the map's own section: it is never "near-map", a note just outside the map.
    expect(untagged.unplaced.map((note) => [note.id, note.reason])).toEqual([]);
    expect(untagged.persona?.notes.map((note) => note.id)).toEqual(['p:1']);
  });
});
