import type { GetFileResponse, SubcanvasNode } from '@figma/rest-api-spec';
import { describe, expect, it } from 'vitest';
import { runCliAsync } from '../../src/cli/run-cli-async';
import type { Journey } from '../../src/core/journey/journey-schema';
import { JourneySchema } from '../../src/core/journey/journey-schema';
import { ENGLISH_GRID, createHandDrawnGridNodes } from '../fixtures/rest/rest-boards';
import { createPage, createRestFile, createSection } from '../fixtures/rest/rest-builders';
import { createMemoryIo } from './create-memory-io';

/** A workshop board of many hand-drawn maps, each in its own section: header rows and label columns line up across sections. */

const SECTION_WIDTH = 3000;
const SECTION_HEIGHT = 3300;
const SECTION_GAP = 1000;

/** `columns` × `rows` sections, each framing a copy of the English grid with notes of its own. */
function createSectionedBoard(columns: number, rows: number): GetFileResponse {
  const sections: SubcanvasNode[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const index = row * columns + column;
      const x = column * (SECTION_WIDTH + SECTION_GAP);
      const y = row * (SECTION_HEIGHT + SECTION_GAP);
      const grid = { ...ENGLISH_GRID, notes: ENGLISH_GRID.notes.map((note) => ({ ...note, id: `m${index}-${note.id}` })) };
      const nodes = createHandDrawnGridNodes(grid, { x: x + 100, y: y + 100 }, { prefix: `m${index}-` });
      sections.push(createSection(`s${index}`, `Team ${index + 1}`, { x, y, width: SECTION_WIDTH, height: SECTION_HEIGHT }, nodes));
    }
  }
  return createRestFile('Workshop', [createPage('0:1', 'Page 1', sections)]);
}

async function exportJourneysAsync(board: GetFileResponse): Promise<Journey[]> {
  const { io, out } = createMemoryIo({ 'board.json': JSON.stringify(board) });
  const code = await runCliAsync(['export', 'board.json'], io);
  expect(code).toBe(0);
  const parsed: unknown = JSON.parse(out.stdout);
  return (Array.isArray(parsed) ? parsed : [parsed]).map((journey) => JourneySchema.parse(journey));
}

function noteIdsOf(journey: Journey): string[] {
  return journey.stages.flatMap((stage) => Object.values(stage.lanes).flat().map((note) => note.id)).sort();
}

describe('maps in sections laid out in rows and columns', () => {
  it('reads fifteen maps in five columns of three rows as fifteen maps, each with its own notes', async () => {
    const journeys = await exportJourneysAsync(createSectionedBoard(5, 3));
    expect(journeys.map((journey) => journey.title).sort()).toEqual(Array.from({ length: 15 }, (_, index) => `Team ${index + 1}`).sort());
    for (const journey of journeys) {
      const index = Number(journey.title.replace('Team ', '')) - 1;
      expect(journey.stages.map((stage) => stage.name)).toEqual(ENGLISH_GRID.stages);
      expect(journey.lanes.map((lane) => lane.name)).toEqual(ENGLISH_GRID.lanes);
      expect(noteIdsOf(journey)).toEqual(ENGLISH_GRID.notes.map((note) => `m${index}-${note.id}`).sort());
      expect(journey.unplaced).toEqual([]);
    }
  });
});
