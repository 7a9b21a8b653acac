import type { GetFileResponse } from '@figma/rest-api-spec';
import { describe, expect, it } from 'vitest';
import { runCliAsync } from '../../src/cli/run-cli-async';
import { createPage, createRestFile, createSection, createSticky } from '../fixtures/rest/rest-builders';
import { createMemoryIo } from './create-memory-io';

/**
 * Layouts people draw on real FigJam boards that the command line still reads wrongly: a retro in rows, an
 * affinity wall in loose clusters, two maps side by side, tall lanes with small labels, a lane of two rows of notes.
 */

async function exportBoardAsync(board: GetFileResponse, args: string[] = []) {
  const { io, out } = createMemoryIo({ 'board.json': JSON.stringify(board) });
  const code = await runCliAsync(['export', 'board.json', ...args], io);
  return { code, ...out };
}

describe('a board that holds no journey map invents none', () => {
  it('reads no map in a retro laid out in rows: sections "What went well", "What didn’t", "Actions", five notes in each', async () => {
    // Five notes side by side in each section, the sections stacked: a retro in rows. "Actions" is the only
    // journey word on the board, and it names a retro column, not a lane.
    const sections = ['What went well', 'What didn’t', 'Actions'].map((name, row) =>
      createSection(
        `60:${row}`,
        name,
        { x: 0, y: row * 500, width: 1700, height: 400 },
        [0, 1, 2, 3, 4].map((column) => createSticky(`61:${row * 10 + column}`, `Retro note ${row}-${column}`, { x: 100 + column * 300, y: row * 500 + 100 })),
      ),
    );
    const run = await exportBoardAsync(createRestFile('Sprint 42 retro', [createPage('0:1', 'Retro', sections)]));
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^No journey map found in board\.json\./);
  });

  it('reads no map in an affinity wall of loose clusters, each under a theme note', async () => {
    // Interview synthesis: four clusters scattered over the board, each headed by a blue theme note. Themes such as
    // "Questions" or "Pain points" are what people write on them; the clusters form no grid.
    const clusters = [
      ['Pain points', ['Too many steps', 'Lost the code', 'Forms are long']],
      ['Ideas', ['Save progress', 'Magic link', 'Shorter form', 'Guest checkout']],
      ['Questions', ['Why a phone number?', 'Is it free?']],
      ['Touchpoints', ['Email', 'App', 'Call centre']],
    ] as const;
    const nodes = clusters.flatMap(([theme, notes], index) => {
      const origin = { x: (index % 2) * 1400 + index * 37, y: Math.floor(index / 2) * 1200 + index * 53 };
      return [
        createSticky(`50:${index}`, theme, origin, '#A8DAFF'),
        ...notes.map((text, row) =>
          createSticky(`51:${index * 10 + row}`, text, { x: origin.x + (row % 2) * 260, y: origin.y + 300 + Math.floor(row / 2) * 260 }),
        ),
      ];
    });
    const run = await exportBoardAsync(createRestFile('Interview synthesis', [createPage('0:1', 'Affinity', nodes)]));
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^No journey map found in board\.json\./);
  });
});
