import type { Rect } from '../shared/geometry';
import { computeEmotionScoreY } from './emotion-position';
import type { EmotionGuide } from './map-layout';

export const EMOTION_GUIDE_SCORES = [2, 1, 0, -1, -2] as const;
/** Faint enough that a note over a line still reads as the only thing there; the 0 line twice as strong. */
const GUIDE_THICKNESS = 2;
const ZERO_GUIDE_THICKNESS = 4;

export function isZeroGuide(score: number): boolean {
  return score === 0;
}

/**
 * One line per score of the emotion lane's scale, from the first stage column's left to the last one's right,
 * centred on the height that scores its value (emotion-position.ts), so a note on a line is read as that score.
 */
export function computeEmotionGuides(band: Rect, left: number, right: number): EmotionGuide[] {
  return EMOTION_GUIDE_SCORES.map((score) => {
    const thickness = isZeroGuide(score) ? ZERO_GUIDE_THICKNESS : GUIDE_THICKNESS;
    const y = Math.round(computeEmotionScoreY(band, score) - thickness / 2);
    return { score, rect: { x: left, y, width: right - left, height: thickness } };
  });
}
