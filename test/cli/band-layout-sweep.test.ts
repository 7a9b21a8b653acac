import type { GetFileResponse, SubcanvasNode } from '@figma/rest-api-spec';
import { describe, expect, it } from 'vitest';
import { runCliAsync } from '../../src/cli/run-cli-async';
import { JourneySchema } from '../../src/core/journey/journey-schema';
import { LANE_PRESETS, STAGE_PRESETS } from '../../src/core/template/presets';
import { createRandom } from '../bench/create-random';
import { createPage, createRestFile, createSection, createShape, createSticky, createText } from '../fixtures/rest/rest-builders';
import { createMemoryIo } from './create-memory-io';
import { readExportedCells } from './read-exported-cells';

/**
 * Hand-drawn grids as people draw them, many ways over: lane labels at the top, middle or bottom of their lanes
 * (or the lanes drawn as sections), stage headers at the left of their columns, centred on them or as wide as
 * them, cells 200 to 800 px, none to three notes wholly inside each cell. Every layout reads as one map with each
 * note in the cell it sits in, none flagged ambiguous. Seeded, so every run draws the same layouts.
 */

type LabelPlace = 'top' | 'middle' | 'bottom' | 'section';
type HeaderPlace = 'left' | 'centred' | 'wide';

interface Layout {
  seed: number;
  labelPlace: LabelPlace;
  headerPlace: HeaderPlace;
  board: GetFileResponse;
  /** Each note's id with its cell, "lane / stage". */
  cells: Record<string, string>;
}

const LABEL_PLACES: readonly LabelPlace[] = ['top', 'middle', 'bottom', 'section'];
const HEADER_PLACES: readonly HeaderPlace[] = ['left', 'centred', 'wide'];
const LAYOUT_COUNT = 72;

function drawLayout(seed: number): Layout {
  const random = createRandom(seed);
  const between = (low: number, high: number) => Math.round(low + random() * (high - low));
  const pick = <Item>(items: readonly Item[]): Item => items[Math.floor(random() * items.length)]!;
  // Every pairing of label and header places comes round in turn; the rest is drawn at random.
  const labelPlace = LABEL_PLACES[seed % LABEL_PLACES.length]!;
  const headerPlace = HEADER_PLACES[Math.floor(seed / LABEL_PLACES.length) % HEADER_PLACES.length]!;
  const preset = pick(STAGE_PRESETS.filter((candidate) => candidate.stages.length >= 3));
  const stageCount = between(3, Math.min(5, preset.stages.length));
  const stages = preset.stages.slice(0, stageCount).map((stage) => stage.name);
  const laneStart = between(0, LANE_PRESETS.length - 3);
  const lanes = LANE_PRESETS.slice(laneStart, laneStart + between(3, Math.min(5, LANE_PRESETS.length - laneStart))).map((lane) => lane.name);
  const columnWidth = between(200, 800);
  const laneHeight = between(200, 800);
  // People leave a margin around a cell's notes, and line labels and headers up with that margin.
  const margin = between(16, 40);
  const noteSize = Math.min(between(100, 180), Math.min(columnWidth, laneHeight) - 2 * margin);
  const labelWidth = between(160, 300);
  const labelHeight = between(36, 64);
  const gridLeft = labelWidth + between(40, 120);
  const headerHeight = between(40, 100);
  const gridTop = headerHeight + between(20, 80);
  const headerAsShape = random() < 0.5;
  const labelAsShape = random() < 0.5;
  const nodes: SubcanvasNode[] = [];
  const cells: Record<string, string> = {};
  stages.forEach((stage, index) => {
    const left = gridLeft + index * columnWidth;
    const width = headerPlace === 'wide' ? columnWidth - 2 * between(0, 8) : between(100, Math.max(100, columnWidth - 2 * margin));
    const x = headerPlace === 'left' ? left + between(0, margin) : left + (columnWidth - width) / 2;
    const box = { x, y: 0, width, height: headerHeight };
    nodes.push(headerAsShape ? createShape(`h${index}`, stage, box) : createText(`h${index}`, stage, box));
  });
  lanes.forEach((lane, laneIndex) => {
    const laneTop = gridTop + laneIndex * laneHeight;
    const notes: SubcanvasNode[] = [];
    stages.forEach((stage, stageIndex) => {
      const cellLeft = gridLeft + stageIndex * columnWidth;
      const count = between(0, 3);
      for (let noteIndex = 0; noteIndex < count; noteIndex++) {
        const id = `n${laneIndex}-${stageIndex}-${noteIndex}`;
        cells[id] = `${lane} / ${stage}`;
        const x = between(cellLeft + margin, cellLeft + columnWidth - margin - noteSize);
        const y = between(laneTop + margin, laneTop + laneHeight - margin - noteSize);
        notes.push(createSticky(id, `Note ${id}`, { x, y, width: noteSize, height: noteSize }));
      }
    });
    if (labelPlace === 'section') {
      const width = gridLeft + stages.length * columnWidth;
      nodes.push(createSection(`s${laneIndex}`, lane, { x: 0, y: laneTop, width, height: laneHeight }, notes));
      return;
    }
    const pad = between(0, margin);
    const y = labelPlace === 'top' ? laneTop + pad : labelPlace === 'bottom' ? laneTop + laneHeight - pad - labelHeight : laneTop + (laneHeight - labelHeight) / 2;
    const box = { x: 0, y, width: labelWidth, height: labelHeight };
    nodes.push(labelAsShape ? createShape(`l${laneIndex}`, lane, box) : createText(`l${laneIndex}`, lane, box), ...notes);
  });
  return { seed, labelPlace, headerPlace, board: createRestFile('Board', [createPage('0:1', 'Page 1', nodes)]), cells };
}

interface Outcome {
  seed: number;
  layout: string;
  maps: number;
  misplaced: string[];
  ambiguous: string[];
}

async function readLayoutAsync(layout: Layout): Promise<Outcome> {
  const { io, out } = createMemoryIo({ 'board.json': JSON.stringify(layout.board) });
  const code = await runCliAsync(['export', 'board.json'], io);
  const parsed: unknown = code === 0 ? JSON.parse(out.stdout) : [];
  const journeys = (Array.isArray(parsed) ? parsed : [parsed]).map((journey) => JourneySchema.parse(journey));
  const exported = readExportedCells(journeys);
  const misplaced = Object.keys(layout.cells).filter((id) => exported[id] !== layout.cells[id]);
  const ambiguous = journeys.flatMap((journey) =>
    journey.stages.flatMap((stage) => Object.values(stage.lanes).flatMap((notes) => notes.filter((note) => note.ambiguous === true).map((note) => note.id))),
  );
  return { seed: layout.seed, layout: `labels ${layout.labelPlace}, headers ${layout.headerPlace}`, maps: journeys.length, misplaced, ambiguous };
}

describe('hand-drawn grids laid out many ways', () => {
  it(`reads each of ${LAYOUT_COUNT} seeded layouts as one map, every note in its cell and none ambiguous`, async () => {
    const failures: Outcome[] = [];
    for (let seed = 0; seed < LAYOUT_COUNT; seed++) {
      const outcome = await readLayoutAsync(drawLayout(seed));
      if (outcome.maps !== 1 || outcome.misplaced.length > 0 || outcome.ambiguous.length > 0) failures.push(outcome);
    }
    expect(failures).toEqual([]);
  });
});
