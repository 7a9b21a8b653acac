import type { Rect } from '../shared/geometry';
import { STICKY_SIZE } from './map-layout';

export const MAX_EMOTION_SCORE = 2;
export const MIN_EMOTION_SCORE = -2;

/**
 * Notes are scored by their centre, and a note lying wholly inside the lane has its centre at least half a note
 * from the band's edges; so that inner range, not the band itself, runs from +2 (top) to -2 (bottom). The scale
 * drawn in the lane uses the same function, so a note level with a mark gets the mark's score.
 */
export const EMOTION_POSITION_INSET = STICKY_SIZE / 2;

function scoreRange(band: Rect): { top: number; span: number } {
  return { top: band.y + EMOTION_POSITION_INSET, span: Math.max(band.height - 2 * EMOTION_POSITION_INSET, 0) };
}

export function computeEmotionScoreY(band: Rect, score: number): number {
  const { top, span } = scoreRange(band);
  return top + ((MAX_EMOTION_SCORE - score) / (MAX_EMOTION_SCORE - MIN_EMOTION_SCORE)) * span;
}

/** The score a note's centre height stands for, clamped to -2..+2; 0 for a band too flat to tell. */
export function computeScoreFromY(band: Rect, y: number): number {
  const { top, span } = scoreRange(band);
  if (span === 0) return 0;
  const score = MAX_EMOTION_SCORE - ((y - top) / span) * (MAX_EMOTION_SCORE - MIN_EMOTION_SCORE);
  return Math.min(MAX_EMOTION_SCORE, Math.max(MIN_EMOTION_SCORE, score));
}
