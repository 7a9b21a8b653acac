import type { SubcanvasNode } from '@figma/rest-api-spec';
import { describe, expect, it } from 'vitest';
import { runCliAsync } from '../../src/cli/run-cli-async';
import type { Journey } from '../../src/core/journey/journey-schema';
import { JourneySchema } from '../../src/core/journey/journey-schema';
import { createPage, createRestFile, createSticky, createText } from '../fixtures/rest/rest-builders';
import { createMemoryIo } from './create-memory-io';
import { readExportedCells } from './read-exported-cells';

/**
 * Hand-drawn layouts that still read wrongly: maps stacked under their own titles, lane labels a person wrapped
 * with Shift+Enter, and cells whose notes now and then say a lane word.
 */

/** Exports one page of `nodes` through the command line and reads back every journey; the command must succeed. */
async function exportJourneysAsync(nodes: SubcanvasNode[]): Promise<Journey[]> {
  const board = createRestFile('Board', [createPage('0:1', 'Page 1', nodes)]);
  const { io, out } = createMemoryIo({ 'board.json': JSON.stringify(board) });
  expect(await runCliAsync(['export', 'board.json'], io)).toBe(0);
  const parsed: unknown = JSON.parse(out.stdout);
  return (Array.isArray(parsed) ? parsed : [parsed]).map((journey) => JourneySchema.parse(journey));
}

const STAGES = ['Awareness', 'Consideration', 'Purchase', 'Retention'];
const LANES = ['Touchpoints', 'Actions', 'Thoughts', 'Emotions', 'Pain points'];

/**
 * A grid of text headers and text lane labels at the top-left of 320-high lanes, one sticky centred in each cell,
 * and an optional title text above the headers. Returns the nodes and each note's cell, "lane / stage".
 */
function drawGrid(options: { prefix: string; top: number; lanes?: string[]; title?: string; titleWidth?: number }) {
  const { prefix, top } = options;
  const lanes = options.lanes ?? LANES;
  const nodes: SubcanvasNode[] = [];
  const cells: Record<string, string> = {};
  if (options.title) nodes.push(createText(`${prefix}title`, options.title, { x: 0, y: top - 260, width: options.titleWidth ?? 800, height: 80 }));
  STAGES.forEach((stage, index) => nodes.push(createText(`${prefix}h${index}`, stage, { x: 410 + index * 320, y: top - 140, width: 300, height: 100 })));
  lanes.forEach((lane, laneIndex) => {
    const laneTop = top + laneIndex * 320;
    nodes.push(createText(`${prefix}l${laneIndex}`, lane, { x: 0, y: laneTop, width: 300, height: 48 }));
    STAGES.forEach((stage, stageIndex) => {
      const id = `${prefix}n${laneIndex}-${stageIndex}`;
      cells[id] = `${lane.split('\u2028').join(' ')} / ${stage}`;
      nodes.push(createSticky(id, `Note ${id}`, { x: 440 + stageIndex * 320, y: laneTop + 40 }));
    });
  });
  return { nodes, cells };
}

describe('maps stacked on one board are read apart', () => {
  it('reads three maps stacked vertically, each under its own title text and in no section, as three maps', async () => {
    // Each title sits 340 px below the map above it, at the labels' left edge: a title is not a lane label, and
    // the first stage's notes are not a label column.
    const maps = ['Map A', 'Map B', 'Map C'].map((title, index) => drawGrid({ prefix: `m${index}-`, top: 200 + index * 2200, title }));
    const journeys = await exportJourneysAsync(maps.flatMap((map) => map.nodes));
    expect(journeys.map((journey) => journey.title)).toEqual(['Map A', 'Map B', 'Map C']);
    for (const journey of journeys) {
      expect(journey.lanes.map((lane) => lane.name)).toEqual(LANES);
      expect(journey.stages.map((stage) => stage.name)).toEqual(STAGES);
      expect(journey.unplaced).toEqual([]);
    }
    expect(readExportedCells(journeys)).toEqual(Object.assign({}, ...maps.map((map) => map.cells)));
  });
  it('loses no sticky of a second map stacked under the first, under a title text as narrow as its labels', async () => {
    // The title of the lower map lines up with the upper map's labels. Every sticky is exported once: as a note, a
    // lane label or stage header, or unplaced with a reason.
    const maps = ['Map A', 'Map B'].map((title, index) => drawGrid({ prefix: `m${index}-`, top: 200 + index * 2300, title, titleWidth: 300 }));
    const journeys = await exportJourneysAsync(maps.flatMap((map) => map.nodes));
    const exported = new Set(journeys.flatMap((journey) => [...Object.keys(readExportedCells([journey])), ...journey.unplaced.map((note) => note.id)]));
    const stickies = maps.flatMap((map) => Object.keys(map.cells));
    expect(stickies.filter((id) => !exported.has(id))).toEqual([]);
  });
});

describe('lane labels wrapped with Shift+Enter match their lanes', () => {
  it('reads "Customer⏎actions" as actions and "Pain⏎points" as "Pain points" when the line break is U+2028', async () => {
    // A person who breaks a two-word label over two lines in FigJam stores U+2028 between the words: the label is
    // the two lines together, not its first word.
    const lanes = ['Touchpoints', 'Customer\u2028actions', 'Thoughts', 'Emotions', 'Pain\u2028points'];
    const grid = drawGrid({ prefix: 'g', top: 200, lanes });
    const [journey] = await exportJourneysAsync(grid.nodes);
    expect(journey!.lanes.map((lane) => lane.kind)).toEqual(['touchpoints', 'actions', 'thoughts', 'emotions', 'painPoints']);
    expect(journey!.lanes.find((lane) => lane.kind === 'painPoints')!.name).toBe('Pain points');
  });
});

describe('notes that say a lane word stay notes', () => {
  it('keeps the text labels as lanes when one note in fifty in the cells says "Questions", "Ideas 8" or a lane name', async () => {
    // Five lanes of four stages, each cell a block of 10 × 10 stickies; one note in fifty says a lane word, so the
    // first column of notes in each cell holds two of them per lane. The labels are the texts left of the notes.
    const words = ['Questions', 'Ideas 8', 'Actions', 'Pain points', 'Touchpoints', 'Thoughts'];
    const nodes: SubcanvasNode[] = STAGES.map((stage, index) => createText(`h${index}`, stage, { x: 400 + index * 3000, y: 0, width: 300, height: 60 }));
    const cells: Record<string, string> = {};
    let count = 0;
    LANES.forEach((lane, laneIndex) => {
      const laneTop = 200 + laneIndex * 2100;
      nodes.push(createText(`l${laneIndex}`, lane, { x: 0, y: laneTop, width: 300, height: 60 }));
      STAGES.forEach((stage, stageIndex) => {
        for (let index = 0; index < 100; index++, count++) {
          const id = `n${count}`;
          cells[id] = `${lane} / ${stage}`;
          const text = count % 50 === 0 ? words[(count / 50) % words.length]! : `note ${count}`;
          nodes.push(createSticky(id, text, { x: 400 + stageIndex * 3000 + (index % 10) * 260, y: laneTop + Math.floor(index / 10) * 190, width: 240, height: 180 }));
        }
      });
    });
    const journeys = await exportJourneysAsync(nodes);
    expect(journeys).toHaveLength(1);
    expect(journeys[0]!.lanes.map((lane) => lane.name)).toEqual(LANES);
    expect(journeys[0]!.stages.map((stage) => stage.name)).toEqual(STAGES);
    expect(journeys[0]!.unplaced).toEqual([]);
    expect(readExportedCells(journeys)).toEqual(cells);
  });
});
