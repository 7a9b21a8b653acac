import type { LaneKind } from './lane-kinds';

import type { RgbColor } from './nearest-palette-color';

export type { RgbColor };

export function hexToRgb(hex: string): RgbColor {
  const value = hex.replace('#', '');
  return {
    r: parseInt(value.slice(0, 2), 16) / 255,
    g: parseInt(value.slice(2, 4), 16) / 255,
    b: parseInt(value.slice(4, 6), 16) / 255,
  };
}

export interface LaneColors {
  /** FigJam's light section colours, so the lane reads as a band. */
  band: string;
  /** The label shape, a stronger tone of the same hue. */
  label: string;
}

const LANE_COLORS: Record<LaneKind, LaneColors> = {
  touchpoints: { band: '#F5FBFF', label: '#C2E5FF' },
  actions: { band: '#F1FEFD', label: '#C6FAF6' },
  thoughts: { band: '#F8F5FF', label: '#E4CCFF' },
  emotions: { band: '#FFFBF0', label: '#FFECBD' },
  painPoints: { band: '#FFF5F5', label: '#FFC7C2' },
  opportunities: { band: '#EBFFEE', label: '#CDF4D3' },
  frontstage: { band: '#FFF7F0', label: '#FFE0C2' },
  backstage: { band: '#F9F9F9', label: '#E6E6E6' },
  custom: { band: '#FFF0FA', label: '#FFC2EC' },
};

export function laneColors(kind: LaneKind): LaneColors {
  return LANE_COLORS[kind];
}

export const MAP_STYLE = {
  mapFill: '#FFFFFF',
  personaFill: '#F8F5FF',
  personaCard: '#E4CCFF',
  /** A tint of the persona's violet, so the headers lead the eye without the weight of near-black slabs. */
  stageHeaderFill: '#E4CCFF',
  stageHeaderText: '#1E1E1E',
  cellFill: '#FFFFFF',
  cellStroke: '#E6E6E6',
  text: '#1E1E1E',
  mutedText: '#757575',
  voteBadgeFill: '#1E1E1E',
  voteBadgeText: '#FFFFFF',
  /** FigJam's base violet: stands out on the emotion lane and on every sticky colour. */
  emotionCurve: '#9747FF',
  emotionCurveText: '#FFFFFF',
  /** The emotion lane's lines at +2 … −2: faint, and 0 stronger. */
  emotionGuide: '#F0E3BD',
  emotionGuideZero: '#D9C48A',
  currentStateBadge: '#FFECBD',
  futureStateBadge: '#CDF4D3',
  workshopPanelFill: '#F9F9F9',
  workshopPanelStroke: '#E6E6E6',
} as const;

/** The map's colours, as hex: MAP_STYLE's shape, so a plan can be computed with other colours too. */
export type MapColors = { readonly [Key in keyof typeof MAP_STYLE]: string };
