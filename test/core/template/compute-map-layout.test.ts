import { chevronTextWidth } from '../../../src/core/template/compute-stage-header-shapes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeMapLayout,
  LANE_GAP,
  LANE_PADDING,
  NOTE_GAP,
  SHAPE_TEXT_INSET,
  STAGE_GUTTER,
} from '../../../src/core/template/compute-map-layout';
import { computeEmotionScoreY } from '../../../src/core/template/emotion-position';
import { estimateTextSize, estimateTextWidth, LINE_HEIGHT_EM } from '../../../src/core/template/estimate-text-size';
import type { Point, Rect } from '../../../src/core/shared/geometry';
import { rectBottom, rectContainsRect, rectRight, rectsOverlap } from '../../../src/core/shared/geometry';
import { LANE_KINDS } from '../../../src/core/shared/lane-kinds';
import type { MapLayout, TextBox } from '../../../src/core/template/map-layout';
import { EMOTION_SCALE_FONT_SIZE, EMOTION_SCALE_FONT_STYLE, STAGE_HEADER_FONT_STYLE, STICKY_SIZE } from '../../../src/core/template/map-layout';
import { createDefaultSpec, instructionForLane } from '../../../src/core/template/presets';
import type { TemplateSpec } from '../../../src/core/template/template-spec';
import { MAX_LANES, MAX_STAGES, TemplateSpecSchema } from '../../../src/core/template/template-spec';

const ORIGIN: Point = { x: 0, y: 0 };

const TRICKY_NAMES = [
  'Awareness',
  'Consideration',
  'Researching the issue and comparing the options in detail',
  'Supercalifragilisticexpialidociousnessandyetmoreletters',
  'WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW',
  '😀🎉 Party time 👨‍👩‍👧‍👦',
  '🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥',
  'مرحلة الشراء والدفع عبر الإنترنت',
  'שלב הרכישה והתשלום',
  '購入後のサポートとフォローアップ',
  'Considération élargie',
  'a b c d e f g h i j k l m n o p q r s t u v w x y z 0 1 2 3',
];

function nameArbitrary(maxLength: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...TRICKY_NAMES),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength, size: 'max' }),
    fc.string({ unit: 'binary', minLength: 1, maxLength }),
  ).filter((name) => name.trim().length > 0 && name.length <= maxLength);
}

const longTextArbitrary = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .oneof(
      fc.string({ unit: 'grapheme', maxLength, size: 'max' }),
      fc.array(fc.constantFrom(...TRICKY_NAMES, '\n'), { maxLength: 12 }).map((parts) => parts.join(' ')),
    )
    .map((text) => text.slice(0, maxLength));

const laneArbitrary = fc.record({
  name: nameArbitrary(60),
  kind: fc.constantFrom(...LANE_KINDS),
  instruction: fc.option(longTextArbitrary(200), { nil: undefined }),
});

const specArbitrary: fc.Arbitrary<TemplateSpec> = fc
  .record({
    title: nameArbitrary(120),
    persona: fc.record({ name: nameArbitrary(80), description: longTextArbitrary(500) }),
    stageNames: fc.array(nameArbitrary(60), { minLength: 1, maxLength: MAX_STAGES, size: 'max' }),
    lanes: fc.array(laneArbitrary, { minLength: 1, maxLength: MAX_LANES, size: 'max' }),
    options: fc.record({
      cellColumns: fc.integer({ min: 1, max: 8 }),
      cellRows: fc.integer({ min: 1, max: 6 }),
      showInstructions: fc.boolean(),
    }),
  })
  .map((raw) =>
    TemplateSpecSchema.parse({
      title: raw.title,
      persona: raw.persona,
      stages: raw.stageNames.map((name, index) => ({ id: `stage${index}`, name })),
      lanes: raw.lanes.map((lane, index) => ({ ...lane, id: `lane${index}` })),
      options: raw.options,
    }),
  );

const coordinateArbitrary = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1_000_000, max: 1_000_000, noNaN: true }),
);
const originArbitrary: fc.Arbitrary<Point> = fc.record({ x: coordinateArbitrary, y: coordinateArbitrary });
/** Whole-pixel origins keep sums exact, so containment can be checked without a tolerance; exact translation is checked for any origin. */
const wholeOriginArbitrary: fc.Arbitrary<Point> = fc.record({
  x: fc.integer({ min: -1_000_000, max: 1_000_000 }),
  y: fc.integer({ min: -1_000_000, max: 1_000_000 }),
});

interface CheckedText {
  box: TextBox;
  inset: number;
}

/** Shapes hold their text inset from the edges; plain text nodes do not. */
function textBoxesOf(layout: MapLayout): CheckedText[] {
  const boxes: CheckedText[] = [
    { box: layout.title, inset: 0 },
    { box: layout.persona.card, inset: SHAPE_TEXT_INSET },
  ];
  for (const header of layout.stageHeaders) {
    boxes.push({
      box: { rect: header.rect, text: header.name, fontSize: header.fontSize, fontStyle: STAGE_HEADER_FONT_STYLE },
      inset: SHAPE_TEXT_INSET,
    });
  }
  for (const lane of layout.lanes) {
    boxes.push({ box: lane.label, inset: SHAPE_TEXT_INSET });
    if (lane.instruction) boxes.push({ box: lane.instruction, inset: 0 });
    for (const mark of lane.emotionScale) {
      boxes.push({
        box: { rect: mark.rect, text: mark.text, fontSize: EMOTION_SCALE_FONT_SIZE, fontStyle: EMOTION_SCALE_FONT_STYLE },
        inset: 0,
      });
    }
  }
  return boxes;
}

function allRectsOf(layout: MapLayout): Rect[] {
  return [
    layout.grid,
    layout.labelColumn,
    layout.headerRow,
    layout.persona.section,
    ...textBoxesOf(layout).map(({ box }) => box.rect),
    ...layout.lanes.flatMap((lane) => [lane.band, ...lane.cells.map((cell) => cell.rect)]),
  ];
}

/** Moves every {x, y, width, height} found anywhere in `value`, written apart from the code under test. */
function translateEveryRect<T>(value: T, offset: Point): T {
  if (Array.isArray(value)) return value.map((item: unknown) => translateEveryRect(item, offset)) as T;
  if (value instanceof Map) return new Map([...value].map(([key, item]) => [key, translateEveryRect(item, offset)])) as T;
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort().join(',');
  if (keys === 'height,width,x,y') {
    const rect = record as unknown as Rect;
    return { x: rect.x + offset.x, y: rect.y + offset.y, width: rect.width, height: rect.height } as T;
  }
  return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, translateEveryRect(item, offset)])) as T;
}

/** Note centres range over the band less half a note at each edge; that range is +2 at the top to -2 at the bottom. */
function expectedScoreY(band: Rect, score: number): number {
  return band.y + STICKY_SIZE / 2 + ((2 - score) / 4) * (band.height - STICKY_SIZE);
}

describe('computeMapLayout properties', () => {
  it('puts stage columns in spec order and tiles each lane with one cell per stage, a fixed gutter apart', () => {
    fc.assert(
      fc.property(specArbitrary, wholeOriginArbitrary, (spec, origin) => {
        const layout = computeMapLayout(spec, origin);
        expect(layout.stageHeaders.map((header) => header.stageId)).toEqual(spec.stages.map((stage) => stage.id));
        expect(layout.stageHeaders.map((header) => header.name)).toEqual(spec.stages.map((stage) => stage.name));
        const firstHeader = layout.stageHeaders[0]!;
        const lastHeader = layout.stageHeaders[layout.stageHeaders.length - 1]!;
        expect(firstHeader.rect.x).toBe(rectRight(layout.labelColumn) + STAGE_GUTTER);
        for (let index = 1; index < layout.stageHeaders.length; index++) {
          const previous = layout.stageHeaders[index - 1]!.rect;
          const header = layout.stageHeaders[index]!.rect;
          expect(header.x - rectRight(previous)).toBe(STAGE_GUTTER);
          expect(header.y).toBe(previous.y);
          expect(header.height).toBe(previous.height);
        }
        for (const header of layout.stageHeaders) expect(rectContainsRect(layout.headerRow, header.rect)).toBe(true);

        for (const lane of layout.lanes) {
          expect(lane.cells.map((cell) => cell.stageId)).toEqual(spec.stages.map((stage) => stage.id));
          expect(lane.band.x).toBe(layout.labelColumn.x);
          expect(rectRight(lane.band)).toBe(rectRight(lastHeader.rect));
          lane.cells.forEach((cell, index) => {
            const column = layout.stageHeaders[index]!.rect;
            expect(cell.rect.x).toBe(column.x);
            expect(cell.rect.width).toBe(column.width);
            expect(rectContainsRect(lane.band, cell.rect)).toBe(true);
            expect(cell.rect.y).toBe(lane.cells[0]!.rect.y);
            expect(cell.rect.height).toBe(lane.cells[0]!.rect.height);
            const next = lane.cells[index + 1];
            if (next) {
              expect(rectsOverlap(cell.rect, next.rect)).toBe(false);
              expect(next.rect.x - rectRight(cell.rect)).toBe(STAGE_GUTTER);
            }
          });
          expect(lane.cells[0]!.rect.y - lane.band.y).toBe(LANE_PADDING);
          expect(rectBottom(lane.band) - rectBottom(lane.cells[0]!.rect)).toBe(LANE_PADDING);
        }
      }),
    );
  });

  it('stacks lanes in spec order, top to bottom below the header row, without overlap', () => {
    fc.assert(
      fc.property(specArbitrary, wholeOriginArbitrary, (spec, origin) => {
        const layout = computeMapLayout(spec, origin);
        expect(layout.lanes.map((lane) => lane.laneId)).toEqual(spec.lanes.map((lane) => lane.id));
        expect(layout.lanes.map((lane) => lane.kind)).toEqual(spec.lanes.map((lane) => lane.kind));
        expect(layout.lanes[0]!.band.y).toBeGreaterThanOrEqual(rectBottom(layout.headerRow));
        for (let index = 1; index < layout.lanes.length; index++) {
          const previous = layout.lanes[index - 1]!.band;
          const band = layout.lanes[index]!.band;
          expect(band.y - rectBottom(previous)).toBe(LANE_GAP);
        }
        for (const lane of layout.lanes) {
          expect(rectContainsRect(layout.grid, lane.band)).toBe(true);
          for (const header of layout.stageHeaders) expect(rectsOverlap(header.rect, lane.band)).toBe(false);
        }
        expect(rectBottom(layout.lanes[layout.lanes.length - 1]!.band)).toBe(rectBottom(layout.grid));
        expect(rectBottom(layout.labelColumn)).toBe(rectBottom(layout.grid));
      }),
    );
  });

  it('keeps every rectangle inside the map, with a positive size, and title, persona and grid apart', () => {
    fc.assert(
      fc.property(specArbitrary, wholeOriginArbitrary, (spec, origin) => {
        const layout = computeMapLayout(spec, origin);
        for (const rect of allRectsOf(layout)) {
          expect(rect.width).toBeGreaterThan(0);
          expect(rect.height).toBeGreaterThan(0);
          expect(rectContainsRect(layout.bounds, rect), JSON.stringify(rect)).toBe(true);
        }
        expect(rectContainsRect(layout.persona.section, layout.persona.card.rect)).toBe(true);
        expect(rectsOverlap(layout.title.rect, layout.persona.section)).toBe(false);
        expect(rectsOverlap(layout.title.rect, layout.grid)).toBe(false);
        expect(rectsOverlap(layout.persona.section, layout.grid)).toBe(false);
      }),
    );
  });

  it('keeps label, instruction and scale inside their lane, in the label column, clear of each other and the cells', () => {
    fc.assert(
      fc.property(specArbitrary, wholeOriginArbitrary, (spec, origin) => {
        const layout = computeMapLayout(spec, origin);
        layout.lanes.forEach((lane, index) => {
          const column = { x: layout.labelColumn.x, y: lane.band.y, width: layout.labelColumn.width, height: lane.band.height };
          const parts = [lane.label.rect, ...(lane.instruction ? [lane.instruction.rect] : []), ...lane.emotionScale.map((mark) => mark.rect)];
          for (const part of parts) expect(rectContainsRect(column, part), JSON.stringify(part)).toBe(true);
          for (let first = 0; first < parts.length; first++) {
            for (let second = first + 1; second < parts.length; second++) {
              expect(rectsOverlap(parts[first]!, parts[second]!)).toBe(false);
            }
          }
          expect(lane.label.text).toBe(spec.lanes[index]!.name);
          const expectedInstruction = spec.options.showInstructions ? instructionForLane(spec.lanes[index]!).trim() : '';
          expect(lane.instruction?.text ?? '').toBe(expectedInstruction);
        });
      }),
    );
  });

  it('sizes every text box so its estimated wrapped text fits', () => {
    fc.assert(
      fc.property(specArbitrary, (spec) => {
        const layout = computeMapLayout(spec, ORIGIN);
        for (const { box, inset } of textBoxesOf(layout)) {
          const size = estimateTextSize(box.text, box.fontSize, box.rect.width - 2 * inset);
          expect(size.width, box.text).toBeLessThanOrEqual(box.rect.width - 2 * inset);
          expect(size.height, box.text).toBeLessThanOrEqual(box.rect.height - 2 * inset);
          expect(box.fontSize).toBeGreaterThanOrEqual(EMOTION_SCALE_FONT_SIZE);
        }
      }),
    );
  });

  it('gives each cell room for cellColumns × cellRows default notes with gaps around them', () => {
    fc.assert(
      fc.property(specArbitrary, (spec) => {
        const layout = computeMapLayout(spec, ORIGIN);
        const { cellColumns, cellRows } = spec.options;
        for (const cell of layout.lanes.flatMap((lane) => lane.cells)) {
          const notes: Rect[] = [];
          for (let row = 0; row < cellRows; row++) {
            for (let column = 0; column < cellColumns; column++) {
              notes.push({
                x: cell.rect.x + NOTE_GAP + column * (STICKY_SIZE + NOTE_GAP),
                y: cell.rect.y + NOTE_GAP + row * (STICKY_SIZE + NOTE_GAP),
                width: STICKY_SIZE,
                height: STICKY_SIZE,
              });
            }
          }
          const last = notes[notes.length - 1]!;
          expect(rectRight(cell.rect) - rectRight(last)).toBeGreaterThanOrEqual(NOTE_GAP);
          expect(rectBottom(cell.rect) - rectBottom(last)).toBeGreaterThanOrEqual(NOTE_GAP);
          for (const note of notes) expect(rectContainsRect(cell.rect, note)).toBe(true);
        }
      }),
    );
  });

  it('draws the emotion scale, +2 at the top to -2 at the bottom, each mark at its score’s height in the band', () => {
    fc.assert(
      fc.property(specArbitrary, wholeOriginArbitrary, (spec, origin) => {
        const layout = computeMapLayout(spec, origin);
        for (const lane of layout.lanes) {
          if (lane.kind !== 'emotions') {
            expect(lane.emotionScale).toEqual([]);
            continue;
          }
          expect(lane.emotionScale.map((mark) => mark.score)).toEqual([2, 1, 0, -1, -2]);
          lane.emotionScale.forEach((mark, index) => {
            const height = expectedScoreY(lane.band, mark.score);
            expect(computeEmotionScoreY(lane.band, mark.score)).toBeCloseTo(height, 6);
            expect(mark.rect.y).toBeLessThanOrEqual(height);
            expect(rectBottom(mark.rect)).toBeGreaterThanOrEqual(height);
            expect(rectContainsRect(lane.band, mark.rect)).toBe(true);
            expect(Math.abs(mark.rect.y + mark.rect.height / 2 - height)).toBeLessThanOrEqual(0.5);
            const next = lane.emotionScale[index + 1];
            if (next) expect(next.rect.y).toBeGreaterThan(rectBottom(mark.rect));
          });
          for (const mark of lane.emotionScale) {
            for (const cell of lane.cells) expect(rectsOverlap(mark.rect, cell.rect)).toBe(false);
          }
        }
      }),
    );
  });

  it('moves the whole map by exactly the origin', () => {
    fc.assert(
      fc.property(specArbitrary, originArbitrary, (spec, origin) => {
        const atZero = computeMapLayout(spec, ORIGIN);
        const moved = computeMapLayout(spec, origin);
        expect(moved).toEqual(translateEveryRect(atZero, origin));
        expect(atZero.bounds).toMatchObject({ x: 0, y: 0 });
        // 0 + origin rather than origin: a -0 origin yields a +0 map edge.
        expect(moved.bounds.x).toBe(0 + origin.x);
        expect(moved.bounds.y).toBe(0 + origin.y);
      }),
    );
  });
});

describe('computeMapLayout for the default spec', () => {
  const spec = createDefaultSpec();
  const layout = computeMapLayout(spec, ORIGIN);

  it('draws five stage columns of 880 (three notes and four gaps) and six lanes of 664 holding 600-high cells', () => {
    expect(layout.stageHeaders.map((header) => header.name)).toEqual(['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy']);
    expect(layout.stageHeaders.map((header) => header.rect.width)).toEqual([880, 880, 880, 880, 880]);
    expect(layout.lanes.map((lane) => lane.laneId)).toEqual(['touchpoints', 'actions', 'thoughts', 'emotions', 'painPoints', 'opportunities']);
    expect(layout.lanes.map((lane) => lane.band.height)).toEqual([664, 664, 664, 664, 664, 664]);
    expect(layout.lanes[0]!.cells[0]!.rect).toMatchObject({ width: 880, height: 600 });
  });

  it('uses large type: a 120 title, 64 stage headers, 48 lane labels, one line each', () => {
    expect(layout.title).toMatchObject({ text: 'Customer journey map', fontSize: 120, fontStyle: 'Bold' });
    expect(layout.title.rect.height).toBe(Math.ceil(120 * LINE_HEIGHT_EM));
    expect(layout.stageHeaders.map((header) => header.fontSize)).toEqual([64, 64, 64, 64, 64]);
    expect(layout.headerRow.height).toBe(160);
    expect(layout.lanes.map((lane) => lane.label.fontSize)).toEqual([48, 48, 48, 48, 48, 48]);
    expect(layout.lanes.map((lane) => lane.label.rect.height)).toEqual([112, 112, 112, 112, 112, 112]);
  });

  it('puts the map at the origin, the persona card under the title, and the scale beside the emotion label', () => {
    expect(layout.bounds).toMatchObject({ x: 0, y: 0 });
    expect(layout.persona.card.text).toBe(`${spec.persona.name}\n${spec.persona.description}`);
    expect(layout.persona.section.y).toBeGreaterThan(rectBottom(layout.title.rect));
    // Sized to its labels: the other lanes' labels fill the column, and the emotion lane's label and scale do too,
    // so no lane leaves an empty strip; narrower than the 842 px of a fixed 520 px label beside the scale.
    const inner = layout.labelColumn.width - 2 * 24;
    const emotions = layout.lanes.find((lane) => lane.kind === 'emotions')!;
    for (const lane of layout.lanes.filter((candidate) => candidate.kind !== 'emotions')) expect(lane.label.rect.width).toBe(inner);
    expect(rectRight(emotions.emotionScale[0]!.rect)).toBe(rectRight(layout.labelColumn) - 24);
    expect(layout.labelColumn.width).toBeLessThan(842);
    expect(emotions.emotionScale.map((mark) => mark.text)).toEqual([
      '+2 😀 Delighted',
      '+1 🙂 Pleased',
      '0 😐 Neutral',
      '-1 🙁 Disappointed',
      '-2 😡 Frustrated',
    ]);
    expect(emotions.emotionScale[2]!.rect.y + emotions.emotionScale[2]!.rect.height / 2).toBe(emotions.band.y + 332);
    expect(emotions.emotionScale[0]!.rect.x).toBeGreaterThanOrEqual(rectRight(emotions.label.rect));
  });

  it('shows each lane’s preset instruction, or none when instructions are off', () => {
    expect(layout.lanes.map((lane) => lane.instruction?.text)).toEqual(spec.lanes.map((lane) => instructionForLane(lane)));
    const hidden = computeMapLayout({ ...spec, options: { ...spec.options, showInstructions: false } }, ORIGIN);
    expect(hidden.lanes.map((lane) => lane.instruction)).toEqual([null, null, null, null, null, null]);
  });

  it('leaves the label column narrower when there is no emotion lane', () => {
    const withoutEmotions = computeMapLayout({ ...spec, lanes: spec.lanes.filter((lane) => lane.kind !== 'emotions') }, ORIGIN);
    expect(withoutEmotions.labelColumn.width).toBeLessThan(layout.labelColumn.width);
  });
});

describe('computeMapLayout grows rather than overflows', () => {
  const spec = createDefaultSpec();
  const base = computeMapLayout(spec, ORIGIN);

  it('keeps the header row for a long stage name, drawing only that name smaller, wrapped', () => {
    const stages = spec.stages.map((stage, index) =>
      index === 1 ? { ...stage, name: 'Researching the issue and comparing the options in detail' } : stage,
    );
    const layout = computeMapLayout({ ...spec, stages }, ORIGIN);
    expect(layout.headerRow.height).toBe(base.headerRow.height);
    expect(layout.lanes[0]!.band.y).toBe(base.lanes[0]!.band.y);
    expect(layout.stageHeaders.map((header) => header.fontSize)).toEqual([64, 32, 64, 64, 64]);
    expect(layout.stageHeaders.every((header) => header.rect.height === layout.headerRow.height)).toBe(true);
  });

  it('makes the header row taller only for a name too long for its header even in the smallest type', () => {
    const narrow = { ...spec, options: { ...spec.options, cellColumns: 1 } };
    const stages = narrow.stages.map((stage, index) =>
      index === 1 ? { ...stage, name: 'Researching the issue and comparing the options in detail' } : stage,
    );
    const layout = computeMapLayout({ ...narrow, stages }, ORIGIN);
    expect(layout.headerRow.height).toBeGreaterThan(computeMapLayout(narrow, ORIGIN).headerRow.height);
    expect(layout.stageHeaders.every((header) => header.rect.height === layout.headerRow.height)).toBe(true);
  });

  it('moves nothing when a stage is renamed: every header keeps its type and the grid its place', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), nameArbitrary(30), (cellColumns, name) => {
        const sized = { ...spec, options: { ...spec.options, cellColumns } };
        const renamed = computeMapLayout({ ...sized, stages: sized.stages.map((stage, index) => (index === 1 ? { ...stage, name } : stage)) }, ORIGIN);
        const before = computeMapLayout(sized, ORIGIN);
        const others = (layout: typeof before) => layout.stageHeaders.filter((_, index) => index !== 1).map((header) => header.fontSize);
        expect(others(renamed)).toEqual(others(before));
        expect(renamed.stageHeaders[1]!.fontSize).toBeLessThanOrEqual(before.stageHeaders[0]!.fontSize);
        if (renamed.headerRow.height === before.headerRow.height) expect(renamed.lanes.map((lane) => lane.band)).toEqual(before.lanes.map((lane) => lane.band));
      }),
    );
    const twoAcross = { ...spec, options: { ...spec.options, cellColumns: 2 } };
    const research = computeMapLayout({ ...twoAcross, stages: twoAcross.stages.map((stage, index) => (index === 1 ? { ...stage, name: 'Research' } : stage)) }, ORIGIN);
    const consideration = computeMapLayout(twoAcross, ORIGIN);
    expect(research.stageHeaders.map((header) => header.fontSize)).toEqual(consideration.stageHeaders.map((header) => header.fontSize));
    expect(research.stageHeaders[0]!.rect).toEqual(consideration.stageHeaders[0]!.rect);
    expect(research.lanes.map((lane) => lane.band)).toEqual(consideration.lanes.map((lane) => lane.band));
  });

  it('steps the header type down in narrow columns instead of breaking a word', () => {
    const layout = computeMapLayout({ ...spec, options: { ...spec.options, cellColumns: 1 } }, ORIGIN);
    const header = layout.stageHeaders[1]!;
    expect(header.rect.width).toBe(STICKY_SIZE + 2 * NOTE_GAP);
    expect(header.fontSize).toBeLessThan(64);
    // The header is a chevron reading "2 · Consideration": its text keeps clear of both points.
    const textWidth = chevronTextWidth(header.rect.width, SHAPE_TEXT_INSET);
    expect(layout.decorations.stageHeaderTexts.get(header.stageId)).toBe('2 · Consideration');
    expect(estimateTextSize('2 · Consideration', header.fontSize, textWidth).breaksWords).toBe(false);
    expect(estimateTextSize('2 · Consideration', header.fontSize + 8, textWidth).breaksWords).toBe(true);
  });

  it('makes the persona card and its section taller for a long description', () => {
    const description = 'Sarah buys a winter jacket online for a hiking trip. '.repeat(9);
    const layout = computeMapLayout({ ...spec, persona: { name: 'Sarah', description } }, ORIGIN);
    expect(layout.persona.card.rect.height).toBeGreaterThan(base.persona.card.rect.height);
    expect(layout.grid.y - rectBottom(layout.persona.section)).toBe(base.grid.y - rectBottom(base.persona.section));
  });

  it('makes a lane taller when its label and instruction need more room than its cells', () => {
    const lanes = spec.lanes.map((lane, index) =>
      index === 0 ? { ...lane, name: 'Touchpoints and channels', instruction: 'Where do they meet us? '.repeat(8).trim() } : lane,
    );
    const layout = computeMapLayout({ ...spec, lanes, options: { ...spec.options, cellRows: 1 } }, ORIGIN);
    const first = layout.lanes[0]!;
    const second = layout.lanes[1]!;
    expect(first.band.height).toBeGreaterThan(second.band.height);
    expect(first.cells[0]!.rect.height).toBe(first.band.height - 2 * LANE_PADDING);
    expect(rectBottom(first.instruction!.rect)).toBeLessThanOrEqual(rectBottom(first.band) - LANE_PADDING);
  });
});

describe('estimateTextSize', () => {
  it('keeps short text on one line 1.3 em high', () => {
    expect(estimateTextSize('Purchase', 40, 1000)).toEqual({
      width: estimateTextWidth('Purchase', 40),
      height: 40 * LINE_HEIGHT_EM,
      lineCount: 1,
      breaksWords: false,
    });
  });

  it('uses 0.6 em for lower case, 0.75 em for capitals, 0.3 em for a space and 1.25 em for emoji and CJK', () => {
    expect(estimateTextWidth('abc', 10)).toBeCloseTo(18, 6);
    expect(estimateTextWidth('AB', 10)).toBeCloseTo(15, 6);
    expect(estimateTextWidth('a b', 10)).toBeCloseTo(15, 6);
    expect(estimateTextWidth('😀', 10)).toBeCloseTo(12.5, 6);
    expect(estimateTextWidth('購入', 10)).toBeCloseTo(25, 6);
    expect(estimateTextWidth('👍🏽', 10)).toBeCloseTo(12.5, 6);
  });

  it('wraps at spaces, breaks a word wider than the box, and starts a line per newline', () => {
    expect(estimateTextSize('aaaa aaaa', 10, 50).lineCount).toBe(2);
    expect(estimateTextSize('aaaa aaaa', 10, 60).lineCount).toBe(1);
    expect(estimateTextSize('aaaaaaaaaa', 10, 20)).toMatchObject({ lineCount: 4, breaksWords: true });
    expect(estimateTextSize('a\n\nb', 10, 100).lineCount).toBe(3);
  });

  it('never gets shorter when a word is added', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), nameArbitrary(20), fc.integer({ min: 10, max: 64 }), fc.integer({ min: 100, max: 1000 }), (text, word, fontSize, width) => {
        const before = estimateTextSize(text, fontSize, width);
        const after = estimateTextSize(`${text} ${word}`, fontSize, width);
        expect(after.lineCount).toBeGreaterThanOrEqual(before.lineCount);
      }),
    );
  });
});
