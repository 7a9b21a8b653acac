import type { Rect } from '../shared/geometry';
import type { LaneKind } from '../shared/lane-kinds';
import type { PersonaSlotId } from './persona-slots';

/** Drawn text is Inter in one of these styles; the adapter loads each distinct one once. */
export type FontStyle = 'Medium' | 'Bold';
export const FONT_FAMILY = 'Inter';

export interface TextBox {
  rect: Rect;
  text: string;
  fontSize: number;
  fontStyle: FontStyle;
}

export interface StageHeaderLayout {
  stageId: string;
  name: string;
  /** The header shape; its x-range is the stage column. */
  rect: Rect;
  fontSize: number;
  /** Its name does not fit the header at the row's type size, so it is drawn smaller; absent otherwise. */
  smaller?: true;
}

export interface CellLayout {
  stageId: string;
  rect: Rect;
}

export interface EmotionScaleMark {
  score: number;
  text: string;
  rect: Rect;
}

export interface LaneLayout {
  laneId: string;
  name: string;
  kind: LaneKind;
  /** The lane section: from the left of the label column to the right of the last stage column. */
  band: Rect;
  /** The lane label shape in the label column. */
  label: TextBox;
  instruction: TextBox | null;
  /** One per stage, in stage order, inside the band and inside the stage's column. */
  cells: CellLayout[];
  /** Emotion lanes only: +2 at the top to -2 at the bottom, in the label column. */
  emotionScale: EmotionScaleMark[];
}

export interface PersonaLayout {
  /** A section, so notes dropped on it belong to the persona. */
  section: Rect;
  /** The card inside it with the name and description. */
  card: TextBox;
  name: string;
  description: string;
  /** Maps with persona slots: the card's own texts, the card shape then holds no text. */
  details?: PersonaDetailsLayout;
  /** Maps with persona slots: one section per slot, in PERSONA_SLOTS order. */
  slots?: PersonaSlotLayout[];
}

export interface PersonaDetailsLayout {
  /** A circle holding the initials of the name, where a photo would go. */
  initials: TextBox;
  name: TextBox;
  /** Absent when the spec gives no role. */
  role: TextBox | null;
  description: TextBox;
}

export interface PersonaSlotLayout {
  slotId: PersonaSlotId;
  name: string;
  rect: Rect;
  /** Under the slot's name: what goes in it. */
  hint: TextBox;
}

/** A section beside the grid for notes that fit no cell yet. */
export interface ParkingLotLayout {
  section: Rect;
  instruction: TextBox;
}

/** Every rectangle of a template, in page coordinates. */
export interface MapLayout {
  /** The map section holding everything below. */
  bounds: Rect;
  title: TextBox;
  persona: PersonaLayout;
  stageHeaders: StageHeaderLayout[];
  lanes: LaneLayout[];
  /** Header row and lanes together. */
  grid: Rect;
  /** The label column, left of the stage columns, from the header row to the last lane. */
  labelColumn: Rect;
  /** The header row, above the lanes, from the label column to the last stage. */
  headerRow: Rect;
  /** Title area, numbered headers, emotion guides and the workshop panels. */
  decorations: MapDecorationsLayout;
  /** Maps with a parking lot: right of the grid, as tall as it. */
  parkingLot?: ParkingLotLayout;
}

/** Default FigJam sticky size; cells are sized in these. */
export const STICKY_SIZE = 240;

/** Stage headers are bold; emotion scale marks are Medium at this size (their rects are sized to fit it). */
export const STAGE_HEADER_FONT_STYLE: FontStyle = 'Bold';
export const EMOTION_SCALE_FONT_STYLE: FontStyle = 'Medium';
export const EMOTION_SCALE_FONT_SIZE = 24;

/** The line under the title: a state badge and the scenario, team and date, each only when the spec has it. */
export interface TitleAreaLayout {
  badge: TextBox | null;
  detail: TextBox | null;
}

/** A faint line across every stage of an emotion lane at a score's height; 0's is stronger. */
export interface EmotionGuide {
  score: number;
  rect: Rect;
}

export interface LegendEntry {
  laneId: string;
  kind: LaneKind;
  /** A shape in the lane label's colour, with the lane's name. */
  swatch: TextBox;
  meaning: TextBox;
}

/** A panel beside the map: a background, a heading and what it says. */
export interface WorkshopPanelLayout {
  panel: Rect;
  heading: TextBox;
  body: TextBox;
}

export interface LegendLayout extends WorkshopPanelLayout {
  entries: LegendEntry[];
}

/** The legend and the how-to panel, stacked right of the grid; each null when the spec leaves it out. */
export interface WorkshopLayout {
  legend: LegendLayout | null;
  howTo: WorkshopPanelLayout | null;
}

/** What the look of a map adds to MapLayout; absent parts are not drawn. */
export interface MapDecorationsLayout {
  titleArea: TitleAreaLayout;
  /**
   * By stage id: the header's text as drawn ("1 · Awareness"). Maps, not records, since ids are what people
   * type and a stage called "constructor" must not find Object.prototype's.
   */
  stageHeaderTexts: ReadonlyMap<string, string>;
  stageDescriptions: Array<{ stageId: string; box: TextBox }>;
  /** By lane id, emotion lanes only. */
  emotionGuides: ReadonlyMap<string, EmotionGuide[]>;
  workshop: WorkshopLayout;
}
