import { estimateTextHeight, estimateTextSize, estimateTextWidth, LINE_HEIGHT_EM } from './estimate-text-size';
import { computeEmotionScoreY } from './emotion-position';
import type { Point, Rect } from '../shared/geometry';
import { rectBottom, rectTranslate } from '../shared/geometry';
import { translateDecorations } from './translate-decorations';
import type {
  CellLayout,
  EmotionGuide,
  EmotionScaleMark,
  MapDecorationsLayout,
  FontStyle,
  LaneLayout,
  MapLayout,
  PersonaLayout,
  StageHeaderLayout,
  TextBox,
} from './map-layout';
import { EMOTION_SCALE_FONT_SIZE, STICKY_SIZE } from './map-layout';
import { instructionForLane } from './presets';
import { computePersonaCardLayout } from './compute-persona-card-layout';
import { PARKING_LOT_GAP, PARKING_LOT_WIDTH, computeParkingLotLayout } from './compute-parking-lot-layout';
import type { LaneSpec, TemplateSpec } from './template-spec';
import { chevronTextWidth, computeStageDescriptions, formatStageHeaderText, measureStageDescriptions } from './compute-stage-header-shapes';
import { computeTitleArea } from './compute-title-area';
import { computeEmotionGuides } from './compute-emotion-guides';
import { computeWorkshopPanels, hasWorkshopPanels, WORKSHOP_PANEL_GAP, WORKSHOP_PANEL_WIDTH } from './compute-workshop-panels';
import { sizeLabelColumn } from './size-label-column';

/** The marks of the emotion lane's scale, top to bottom. */
export const EMOTION_SCALE = [
  { score: 2, emoji: '😀', word: 'Delighted' },
  { score: 1, emoji: '🙂', word: 'Pleased' },
  { score: 0, emoji: '😐', word: 'Neutral' },
  { score: -1, emoji: '🙁', word: 'Disappointed' },
  { score: -2, emoji: '😡', word: 'Frustrated' },
] as const;


/**
 * Text inside a shape does not reach the shape's edges; FigJam does not document the inset, so this is a
 * generous guess. Title, instructions and scale marks are plain text nodes and have none.
 */
export const SHAPE_TEXT_INSET = 24;
/** Space around and between the notes of a cell. */
export const NOTE_GAP = 40;
/** Band-coloured space between neighbouring stage columns, and between the label column and the first one. */
export const STAGE_GUTTER = 16;
/** Space between a lane band's top or bottom and its cells. */
export const LANE_PADDING = 32;
/** Lanes touch, so neighbouring lane sections show one border between them, not two with a gap. */
export const LANE_GAP = 0;
/** Between the header row and the first lane. */
const HEADER_GAP = 24;

const MAP_PADDING = 80;
const TITLE_FONT_SIZE = 120;
const TITLE_GAP = 48;
const GRID_GAP = 80;

const PERSONA_PADDING = 40;
const PERSONA_CARD_WIDTH = 720;
const PERSONA_FONT_SIZE = 32;
/** Room beside the persona card for a row of notes: goals, needs, frustrations. */
const PERSONA_NOTE_COLUMNS = 3;

/**
 * Large enough to read with the whole map on screen. Largest first; a smaller size is used only when a word
 * would otherwise be broken between letters.
 */
const STAGE_HEADER_FONT_SIZES = [64, 56, 48, 40, 32, 24] as const;
/** Every header is this tall while its name fits: one line at the row's size, or two in smaller type. */
const STAGE_HEADER_HEIGHT = 160;
/**
 * The row's type size is the largest at which this header fits the header's height: a long stage name people
 * often give, numbered, standing for any name, so the size follows the column's width, not the names.
 */
const STAGE_HEADER_REFERENCE_TEXT = formatStageHeaderText(8, 'Consideration');

interface StageHeaderType {
  /** Each header's type size, in stage order. */
  fontSizes: number[];
  /** The row's type size: a header drawn smaller holds a name too long for it. */
  rowFontSize: number;
  height: number;
}

/**
 * The stage headers' type and height. Invariant: the row's type size and height depend only on the column's width,
 * never on the names, so renaming a stage never moves the grid nor changes another header: a name that does not fit
 * on one line at the row's size is drawn smaller, wrapped, in the same height, and only a name too long even at the
 * smallest size makes the row taller.
 */
function layOutStageHeaderType(texts: readonly string[], textWidth: number): StageHeaderType {
  const room = STAGE_HEADER_HEIGHT - 2 * SHAPE_TEXT_INSET;
  const fits = (text: string, size: number) => {
    const estimate = estimateTextSize(text, size, textWidth);
    return !estimate.breaksWords && estimate.height <= room;
  };
  const smallest = STAGE_HEADER_FONT_SIZES[STAGE_HEADER_FONT_SIZES.length - 1]!;
  const rowFontSize = STAGE_HEADER_FONT_SIZES.find((size) => fits(STAGE_HEADER_REFERENCE_TEXT, size)) ?? smallest;
  const sizes = STAGE_HEADER_FONT_SIZES.filter((size) => size <= rowFontSize);
  const fontSizes = texts.map((text) => sizes.find((size) => fits(text, size)) ?? sizes[sizes.length - 1]!);
  const height = Math.max(
    STAGE_HEADER_HEIGHT,
    ...texts.map((text, index) => estimateTextHeight(text, fontSizes[index]!, textWidth) + 2 * SHAPE_TEXT_INSET),
  );
  return { fontSizes, rowFontSize, height };
}

const LABEL_WIDTH = 520;
const LABEL_FONT_SIZES = [48, 40, 32, 24] as const;
const LABEL_MIN_HEIGHT = 112;
const LABEL_COLUMN_PADDING = 24;
const INSTRUCTION_FONT_SIZE = 28;
const INSTRUCTION_GAP = 16;
/** Neighbouring scale marks are at least this many mark heights apart, so the lane is never too short to read them. */
const EMOTION_SCALE_MARK_SPACING = 2;

const TITLE_STYLE: FontStyle = 'Bold';
const LABEL_STYLE: FontStyle = 'Bold';
const BODY_STYLE: FontStyle = 'Medium';

function lineHeight(fontSize: number): number {
  return Math.ceil(LINE_HEIGHT_EM * fontSize);
}

/** The largest size at which no text needs a word broken between letters; the smallest when none does. */
function chooseFontSize(texts: readonly string[], sizes: readonly number[], boxWidth: number): number {
  const fitting = sizes.find((size) => texts.every((text) => !estimateTextSize(text, size, boxWidth).breaksWords));
  return fitting ?? sizes[sizes.length - 1]!;
}

export function formatEmotionScaleMark(score: number, emoji: string, word: string): string {
  return `${score > 0 ? '+' : ''}${score} ${emoji} ${word}`;
}

const EMOTION_SCALE_TEXTS = EMOTION_SCALE.map((mark) => formatEmotionScaleMark(mark.score, mark.emoji, mark.word));
/**
 * A scale mark is one line: the estimate of its width plus a share, since an emoji's width differs by platform and
 * a mark that wraps ("-1 🙁" over "Disappointed") no longer sits at its score's height.
 */
const EMOTION_SCALE_SLACK = 1.15;
const EMOTION_SCALE_WIDTH = Math.ceil(
  EMOTION_SCALE_SLACK * Math.max(...EMOTION_SCALE_TEXTS.map((text) => estimateTextWidth(text, EMOTION_SCALE_FONT_SIZE))),
);
const EMOTION_SCALE_MARK_HEIGHT = lineHeight(EMOTION_SCALE_FONT_SIZE);

/** Each mark is centred on the height that scores its value (see emotion-position.ts). */
function computeEmotionScale(band: Rect, x: number): EmotionScaleMark[] {
  return EMOTION_SCALE.map((mark, index) => {
    const centre = computeEmotionScoreY(band, mark.score);
    const y = Math.round(centre - EMOTION_SCALE_MARK_HEIGHT / 2);
    return {
      score: mark.score,
      text: EMOTION_SCALE_TEXTS[index]!,
      rect: { x, y, width: EMOTION_SCALE_WIDTH, height: EMOTION_SCALE_MARK_HEIGHT },
    };
  });
}

interface LaneText {
  lane: LaneSpec;
  labelHeight: number;
  instruction: string | null;
  instructionHeight: number;
}

function measureLaneText(lane: LaneSpec, labelFontSize: number, showInstructions: boolean, labelWidth: number): LaneText {
  const labelTextWidth = labelWidth - 2 * SHAPE_TEXT_INSET;
  const labelHeight = Math.max(LABEL_MIN_HEIGHT, estimateTextHeight(lane.name, labelFontSize, labelTextWidth) + 2 * SHAPE_TEXT_INSET);
  const instructionText = showInstructions ? instructionForLane(lane).trim() : '';
  const instruction = instructionText === '' ? null : instructionText;
  const instructionHeight = instruction === null ? 0 : estimateTextHeight(instruction, INSTRUCTION_FONT_SIZE, labelWidth);
  return { lane, labelHeight, instruction, instructionHeight };
}

/** An emotion lane's label leaves room for the scale beside it; the others fill the label column. */
function laneLabelWidth(lane: LaneSpec, labelWidth: number): number {
  return lane.kind === 'emotions' ? labelWidth - LABEL_COLUMN_PADDING - EMOTION_SCALE_WIDTH : labelWidth;
}

function laneBandHeight(text: LaneText, cellHeight: number): number {
  const labelStack = text.labelHeight + (text.instruction === null ? 0 : INSTRUCTION_GAP + text.instructionHeight);
  const scale = text.lane.kind === 'emotions' ? (EMOTION_SCALE.length - 1) * EMOTION_SCALE_MARK_HEIGHT * EMOTION_SCALE_MARK_SPACING : 0;
  return Math.max(cellHeight, labelStack, scale) + 2 * LANE_PADDING;
}

interface GridColumns {
  labelColumnX: number;
  labelWidth: number;
  stageX: number[];
  stageWidth: number;
}

function layOutLane(
  text: LaneText,
  band: Rect,
  labelFontSize: number,
  columns: GridColumns,
  stageIds: readonly string[],
): LaneLayout {
  const labelX = columns.labelColumnX + LABEL_COLUMN_PADDING;
  const labelY = band.y + LANE_PADDING;
  const width = laneLabelWidth(text.lane, columns.labelWidth);
  const label: TextBox = {
    rect: { x: labelX, y: labelY, width, height: text.labelHeight },
    text: text.lane.name,
    fontSize: labelFontSize,
    fontStyle: LABEL_STYLE,
  };
  const instruction: TextBox | null =
    text.instruction === null
      ? null
      : {
          rect: { x: labelX, y: labelY + text.labelHeight + INSTRUCTION_GAP, width, height: text.instructionHeight },
          text: text.instruction,
          fontSize: INSTRUCTION_FONT_SIZE,
          fontStyle: BODY_STYLE,
        };
  const cellHeight = band.height - 2 * LANE_PADDING;
  const cells: CellLayout[] = stageIds.map((stageId, index) => ({
    stageId,
    rect: { x: columns.stageX[index]!, y: band.y + LANE_PADDING, width: columns.stageWidth, height: cellHeight },
  }));
  const scaleX = labelX + width + LABEL_COLUMN_PADDING;
  return {
    laneId: text.lane.id,
    name: text.lane.name,
    kind: text.lane.kind,
    band,
    label,
    instruction,
    cells,
    emotionScale: text.lane.kind === 'emotions' ? computeEmotionScale(band, scaleX) : [],
  };
}

function personaCardText(name: string, description: string): string {
  const trimmed = description.trim();
  return trimmed === '' ? name : `${name}\n${trimmed}`;
}

/** The layout with the map's top-left at (0, 0). */
function computeLocalLayout(spec: TemplateSpec): MapLayout {
  const { cellColumns, cellRows, showInstructions } = spec.options;
  const stageWidth = cellColumns * STICKY_SIZE + (cellColumns + 1) * NOTE_GAP;
  const cellHeight = cellRows * STICKY_SIZE + (cellRows + 1) * NOTE_GAP;

  const hasEmotionLane = spec.lanes.some((lane) => lane.kind === 'emotions');
  const labelFontSize = chooseFontSize(spec.lanes.map((lane) => lane.name), LABEL_FONT_SIZES, LABEL_WIDTH - 2 * SHAPE_TEXT_INSET);
  // The column is as wide as the widest label, or an emotion lane's label and scale side by side; the other
  // lanes' labels fill it, so it holds no empty strip where only the emotion lane has a scale.
  const namesWidth = sizeLabelColumn(spec.lanes.map((lane) => lane.name), labelFontSize, SHAPE_TEXT_INSET, LABEL_WIDTH);
  const emotionNames = spec.lanes.filter((lane) => lane.kind === 'emotions').map((lane) => lane.name);
  const emotionRowWidth = hasEmotionLane
    ? sizeLabelColumn(emotionNames, labelFontSize, SHAPE_TEXT_INSET, LABEL_WIDTH) + LABEL_COLUMN_PADDING + EMOTION_SCALE_WIDTH
    : 0;
  const labelWidth = Math.max(namesWidth, emotionRowWidth);
  const labelColumnWidth = 2 * LABEL_COLUMN_PADDING + labelWidth;
  const gridLeft = MAP_PADDING;
  const stageX = spec.stages.map((_, index) => gridLeft + labelColumnWidth + STAGE_GUTTER + index * (stageWidth + STAGE_GUTTER));
  const gridRight = stageX[stageX.length - 1]! + stageWidth;
  const gridWidth = gridRight - gridLeft;
  const columns: GridColumns = { labelColumnX: gridLeft, labelWidth, stageX, stageWidth };
  const panelsWidth = hasWorkshopPanels(spec) ? WORKSHOP_PANEL_GAP + WORKSHOP_PANEL_WIDTH : 0;

  const personaNoteArea = PERSONA_NOTE_COLUMNS * STICKY_SIZE + (PERSONA_NOTE_COLUMNS - 1) * NOTE_GAP;
  // The card with slots is laid out at (0, 0) for its size here, and again where the title leaves it below.
  const slotted = spec.options.personaSlots === true ? computePersonaCardLayout(spec.persona, { x: 0, y: 0 }) : null;
  const personaWidth = slotted ? slotted.section.width : 3 * PERSONA_PADDING + PERSONA_CARD_WIDTH + personaNoteArea;
  const parkingLotWidth = spec.options.parkingLot === true ? PARKING_LOT_GAP + PARKING_LOT_WIDTH : 0;
  // Right of the grid: the parking lot, then the workshop panels.
  const contentWidth = Math.max(gridWidth + parkingLotWidth + panelsWidth, personaWidth);

  const titleHeight = estimateTextHeight(spec.title, TITLE_FONT_SIZE, contentWidth);
  const title: TextBox = {
    rect: { x: MAP_PADDING, y: MAP_PADDING, width: contentWidth, height: titleHeight },
    text: spec.title,
    fontSize: TITLE_FONT_SIZE,
    fontStyle: TITLE_STYLE,
  };

  const cardText = personaCardText(spec.persona.name, spec.persona.description);
  const cardHeight = Math.max(
    STICKY_SIZE,
    estimateTextHeight(cardText, PERSONA_FONT_SIZE, PERSONA_CARD_WIDTH - 2 * SHAPE_TEXT_INSET) + 2 * SHAPE_TEXT_INSET,
  );
  const titleArea = computeTitleArea(spec, title.rect, contentWidth);
  const personaY = titleArea.bottom + TITLE_GAP;
  let personaSection: Rect = { x: MAP_PADDING, y: personaY, width: personaWidth, height: cardHeight + 2 * PERSONA_PADDING };
  let card: TextBox = {
    rect: { x: MAP_PADDING + PERSONA_PADDING, y: personaY + PERSONA_PADDING, width: PERSONA_CARD_WIDTH, height: cardHeight },
    text: cardText,
    fontSize: PERSONA_FONT_SIZE,
    fontStyle: BODY_STYLE,
  };
  const personaCard = slotted ? computePersonaCardLayout(spec.persona, { x: MAP_PADDING, y: personaY }) : null;
  if (personaCard) {
    // The card's texts are parts of their own, so the card shape holds none.
    personaSection = personaCard.section;
    card = { ...card, rect: personaCard.card, text: '' };
  }

  const headerTexts = spec.stages.map((stage, index) => formatStageHeaderText(index, stage.name));
  const headerTextWidth = chevronTextWidth(stageWidth, SHAPE_TEXT_INSET);
  const { fontSizes: headerFontSizes, rowFontSize: headerRowFontSize, height: headerHeight } = layOutStageHeaderType(headerTexts, headerTextWidth);
  const headerRowHeight = headerHeight + measureStageDescriptions(spec.stages, stageWidth);
  const gridTop = rectBottom(personaSection) + GRID_GAP;
  const stageHeaders: StageHeaderLayout[] = spec.stages.map((stage, index) => ({
    stageId: stage.id,
    name: stage.name,
    rect: { x: stageX[index]!, y: gridTop, width: stageWidth, height: headerHeight },
    fontSize: headerFontSizes[index]!,
    ...(headerFontSizes[index]! < headerRowFontSize ? { smaller: true as const } : {}),
  }));

  const stageIds = spec.stages.map((stage) => stage.id);
  const lanes: LaneLayout[] = [];
  let laneY = gridTop + headerRowHeight + HEADER_GAP;
  for (const lane of spec.lanes) {
    const text = measureLaneText(lane, labelFontSize, showInstructions, laneLabelWidth(lane, labelWidth));
    const band: Rect = { x: gridLeft, y: laneY, width: gridWidth, height: laneBandHeight(text, cellHeight) };
    lanes.push(layOutLane(text, band, labelFontSize, columns, stageIds));
    laneY = rectBottom(band) + LANE_GAP;
  }

  const gridBottom = rectBottom(lanes[lanes.length - 1]!.band);
  const grid: Rect = { x: gridLeft, y: gridTop, width: gridWidth, height: gridBottom - gridTop };
  const workshop = computeWorkshopPanels(spec, gridRight + parkingLotWidth + WORKSHOP_PANEL_GAP, gridTop);
  const emotionGuides = new Map<string, EmotionGuide[]>();
  for (const lane of lanes) {
    if (lane.kind === 'emotions') emotionGuides.set(lane.laneId, computeEmotionGuides(lane.band, stageX[0]!, gridRight));
  }
  const decorations: MapDecorationsLayout = {
    titleArea: { badge: titleArea.badge, detail: titleArea.detail },
    stageHeaderTexts: new Map(spec.stages.map((stage, index) => [stage.id, headerTexts[index]!])),
    stageDescriptions: computeStageDescriptions(spec.stages, stageHeaders),
    emotionGuides,
    workshop: { legend: workshop.legend, howTo: workshop.howTo },
  };
  return {
    bounds: { x: 0, y: 0, width: contentWidth + 2 * MAP_PADDING, height: Math.max(gridBottom, workshop.bottom) + MAP_PADDING },
    title,
    persona: {
      section: personaSection,
      card,
      name: spec.persona.name,
      description: spec.persona.description,
      ...(personaCard ? { details: personaCard.details, slots: personaCard.slots } : {}),
    },
    stageHeaders,
    lanes,
    grid,
    labelColumn: { x: gridLeft, y: gridTop, width: labelColumnWidth, height: grid.height },
    headerRow: { x: gridLeft, y: gridTop, width: gridWidth, height: headerRowHeight },
    decorations,
    ...(spec.options.parkingLot === true ? { parkingLot: computeParkingLotLayout(grid) } : {}),
  };
}

function translateTextBox(box: TextBox, origin: Point): TextBox {
  return { ...box, rect: rectTranslate(box.rect, origin.x, origin.y) };
}

function translateLayout(layout: MapLayout, origin: Point): MapLayout {
  const move = (rect: Rect): Rect => rectTranslate(rect, origin.x, origin.y);
  return {
    bounds: move(layout.bounds),
    title: translateTextBox(layout.title, origin),
    persona: translatePersona(layout.persona, origin),
    stageHeaders: layout.stageHeaders.map((header) => ({ ...header, rect: move(header.rect) })),
    lanes: layout.lanes.map((lane) => ({
      ...lane,
      band: move(lane.band),
      label: translateTextBox(lane.label, origin),
      instruction: lane.instruction === null ? null : translateTextBox(lane.instruction, origin),
      cells: lane.cells.map((cell) => ({ ...cell, rect: move(cell.rect) })),
      emotionScale: lane.emotionScale.map((mark) => ({ ...mark, rect: move(mark.rect) })),
    })),
    grid: move(layout.grid),
    labelColumn: move(layout.labelColumn),
    headerRow: move(layout.headerRow),
    decorations: translateDecorations(layout.decorations, origin),
    ...(layout.parkingLot
      ? { parkingLot: { section: move(layout.parkingLot.section), instruction: translateTextBox(layout.parkingLot.instruction, origin) } }
      : {}),
  };
}

function translatePersona(persona: PersonaLayout, origin: Point): PersonaLayout {
  const moved: PersonaLayout = {
    ...persona,
    section: rectTranslate(persona.section, origin.x, origin.y),
    card: translateTextBox(persona.card, origin),
  };
  if (persona.details) {
    const { initials, name, role, description } = persona.details;
    moved.details = {
      initials: translateTextBox(initials, origin),
      name: translateTextBox(name, origin),
      role: role === null ? null : translateTextBox(role, origin),
      description: translateTextBox(description, origin),
    };
  }
  if (persona.slots) {
    moved.slots = persona.slots.map((slot) => ({ ...slot, rect: rectTranslate(slot.rect, origin.x, origin.y), hint: translateTextBox(slot.hint, origin) }));
  }
  return moved;
}

/**
 * Every rectangle of the journey template in page coordinates, the map's top-left at `origin`. The layout is
 * made at (0, 0) in whole pixels and then moved, so moving a map never changes its shape. Text boxes are sized
 * from a conservative estimate so the text fits: long names wrap and the label, header row and persona card
 * grow taller rather than overflow.
 */
export function computeMapLayout(spec: TemplateSpec, origin: Point): MapLayout {
  return translateLayout(computeLocalLayout(spec), origin);
}
