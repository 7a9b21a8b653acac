import type { SubcanvasNode } from '@figma/rest-api-spec';
import { describe, expect, it } from 'vitest';
import { runCliAsync } from '../../src/cli/run-cli-async';
import { JourneySchema } from '../../src/core/journey/journey-schema';
import { createPage, createRestFile, createSticky, createText } from '../fixtures/rest/rest-builders';
import { createMemoryIo } from './create-memory-io';
import { readExportedCells } from './read-exported-cells';

/**
 * A grid left out because it begins inside a better map's area is no map of its own, but its notes are still
 * the board's: each is exported once, in a cell of the map kept or unplaced with a reason, never dropped.
 */

const STAGES = ['Awareness', 'Consideration', 'Purchase', 'Retention'];
const LANES = ['Touchpoints', 'Actions', 'Thoughts', 'Emotions', 'Pain points'];

/** Text headers over 320-wide stages, text labels at the top of 320-high lanes left at `left`, a sticky per cell. */
function drawLanes(prefix: string, left: number, top: number): { nodes: SubcanvasNode[]; stickies: Map<string, string> } {
  const headers = STAGES.map((stage, index) => createText(`${prefix}h${index}`, stage, { x: left + 410 + index * 320, y: top - 140, width: 300, height: 100 }));
  const labels = LANES.map((lane, index) => createText(`${prefix}l${index}`, lane, { x: left, y: top + index * 320, width: 300, height: 48 }));
  const stickies = LANES.flatMap((_, laneIndex) =>
    STAGES.map((_stage, stageIndex) => createSticky(`${prefix}n${laneIndex}-${stageIndex}`, `Note ${laneIndex} ${stageIndex}`, { x: left + 440 + stageIndex * 320, y: top + laneIndex * 320 + 40 })),
  );
  return { nodes: [...headers, ...labels, ...stickies], stickies: new Map(stickies.map((sticky) => [sticky.id, sticky.name])) };
}

describe('the notes of a grid left out for lying in a better map', () => {
  it('exports every sticky of a second grid drawn from inside the first one, far below and right of it', async () => {
    // The second grid's labels start in the first grid's last stage, its notes run well past the first map's reach.
    // A row of its notes may be read as the header row of a grid of their own: those are exported as stage names.
    const first = drawLanes('a-', 0, 200);
    const second = drawLanes('b-', 1500, 1140);
    const board = createRestFile('Board', [createPage('0:1', 'Page 1', [...first.nodes, ...second.nodes])]);
    const { io, out } = createMemoryIo({ 'board.json': JSON.stringify(board) });
    expect(await runCliAsync(['export', 'board.json'], io)).toBe(0);
    const parsed: unknown = JSON.parse(out.stdout);
    const journeys = (Array.isArray(parsed) ? parsed : [parsed]).map((journey) => JourneySchema.parse(journey));
    const unplaced = journeys.flatMap((journey) => journey.unplaced);
    const exported = [...Object.keys(readExportedCells(journeys)), ...unplaced.map((note) => note.id)];
    const names = new Set(journeys.flatMap((journey) => [...journey.stages, ...journey.lanes].map((track) => track.name)));
    const stickies = new Map([...first.stickies, ...second.stickies]);
    expect([...stickies].filter(([id, text]) => !exported.includes(id) && !names.has(text))).toEqual([]);
    expect(exported.filter((id) => stickies.has(id))).toHaveLength(new Set(exported).size);
    expect(unplaced.every((note) => note.reason.length > 0)).toBe(true);
  });
});
