import { computeScoreFromY } from '../template/emotion-position';
import type { Rect } from '../shared/geometry';
import { rectCenter } from '../shared/geometry';
import type { EmotionScore } from './score-emotion';
import { scoreEmotion } from './score-emotion';

/** How far from its recorded score's height, in score points, a note may stand and keep that score. */
const RECORDED_SCORE_TOLERANCE = 0.25;

/**
 * An emotion note's score when an import recorded one: the import drew the note at its score's height, so while
 * it stands there the recorded score is its position's and stands over a number or word in its text (`+2 great`
 * imported at -2 stays -2). Once someone moves it up or down, the board decides as for any note.
 */
export function scoreRecordedEmotion(text: string, bounds: Rect, band: Rect, recorded: number | undefined): EmotionScore {
  if (recorded !== undefined && Math.abs(computeScoreFromY(band, rectCenter(bounds).y) - recorded) <= RECORDED_SCORE_TOLERANCE) {
    return { score: recorded, source: 'position' };
  }
  return scoreEmotion(text, bounds, band);
}
