import type { Rect } from '../shared/geometry';
import type { FontStyle } from './map-layout';
import type { RgbColor } from '../shared/map-style';
import type { MapRole } from '../board/map-tags';

/** Node types a map is drawn with; the reconciler creates each with the plugin API's own `create*`. */
export type RenderPartType = 'SECTION' | 'SHAPE_WITH_TEXT' | 'TEXT';

/** Structurally Figma's `SolidPaint`, so the plugin writes it as it is. */
export interface RenderPaint {
  type: 'SOLID';
  color: RgbColor;
}

/** Structurally Figma's `FontName`. */
export interface RenderFont {
  family: string;
  style: FontStyle;
}

/** The text of a part: a text node's own, or the text sublayer of a shape. */
export interface RenderText {
  characters: string;
  fontName: RenderFont;
  fontSize: number;
  fills: RenderPaint[];
}

/** The tags a part is found again by (see map-tags.ts); the reconciler adds the map id. */
export interface RenderPartTags {
  role: MapRole;
  laneId?: string;
  stageId?: string;
  /** Parts found again by their key (see TAG_KEYS.partKey) rather than by role and ids. */
  partKey?: string;
  /** Persona slots: which slot (see PERSONA_SLOTS). */
  slotId?: string;
}

/**
 * One part of a drawn map. `rect` is in page coordinates; the reconciler positions the node in its parent. A text
 * node grows with its text (auto-resize HEIGHT), so only its width is kept. Every property given is kept as
 * planned: written when the node is made and rewritten when the board differs.
 */
export interface RenderPart {
  /** Stable across draws of the same spec: see RENDER_KEYS. */
  key: string;
  /** The part it is drawn in; null for the page. Parents come before their children in a plan. */
  parentKey: string | null;
  type: RenderPartType;
  rect: Rect;
  tags: RenderPartTags;
  /** Sections only: the name shown on the board. */
  name?: string;
  /** Text nodes have none: their colour is their text's. */
  fills?: RenderPaint[];
  strokes?: RenderPaint[];
  shapeType?: 'ROUNDED_RECTANGLE' | 'SQUARE' | 'CHEVRON' | 'ELLIPSE';
  locked?: boolean;
  text?: RenderText;
  /** Shared plugin data kept as planned, beside the tags (the map's spec). */
  data?: Record<string, string>;
  /** Written when the part is made only: the commands FigJam offers on it. */
  relaunch?: Record<string, string>;
}

/** Every part of a map, parents before children, each key once. */
export interface RenderPlan {
  parts: RenderPart[];
}

/** The key of each kind of part. A drawn node's key is derived from its tags, the same way (read-rendered-parts.ts). */
export const RENDER_KEYS = {
  map: 'map',
  title: 'title',
  persona: 'persona',
  personaCard: 'persona-card',
  header: (stageId: string) => `header:${stageId}`,
  lane: (laneId: string) => `lane:${laneId}`,
  cell: (laneId: string, stageId: string) => `cell:${laneId}:${stageId}`,
  label: (laneId: string) => `label:${laneId}`,
  instruction: (laneId: string) => `instruction:${laneId}`,
  scale: (laneId: string, score: number) => `scale:${laneId}:${score}`,
  titleDetail: 'title-detail',
  stateBadge: 'state-badge',
  stageDescription: (stageId: string) => `stage-description:${stageId}`,
  emotionGuide: (laneId: string, score: number) => `guide:${laneId}:${score}`,
  legend: 'legend',
  legendHeading: 'legend:heading',
  legendSwatch: (laneId: string) => `legend:swatch:${laneId}`,
  legendMeaning: (laneId: string) => `legend:meaning:${laneId}`,
  legendBody: 'legend:body',
  howTo: 'how-to',
  howToHeading: 'how-to:heading',
  howToBody: 'how-to:body',
  personaInitials: 'persona-initials',
  personaName: 'persona-name',
  personaRole: 'persona-role',
  personaDescription: 'persona-description',
  personaSlot: (slotId: string) => `persona-slot:${slotId}`,
  personaSlotHint: (slotId: string) => `persona-slot-hint:${slotId}`,
  parkingLot: 'parking-lot',
  parkingLotInstruction: 'parking-lot-instruction',
} as const;
