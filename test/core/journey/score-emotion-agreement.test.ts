import { describe, expect, it } from 'vitest';
import { scoreEmotionText } from '../../../src/core/journey/score-emotion';
import { EMOTION_WORKSHOP_NOTES } from './emotion-workshop-notes';

/** What the issue asks of scoring: it agrees with a person on at least this share of real-sounding notes. */
const REQUIRED_AGREEMENT = 0.95;

describe('emotion scoring against workshop notes scored by a person', () => {
  it(`agrees with the person on at least ${REQUIRED_AGREEMENT * 100} % of ${EMOTION_WORKSHOP_NOTES.length} notes`, () => {
    expect(EMOTION_WORKSHOP_NOTES.length).toBeGreaterThanOrEqual(150);
    const disagreements: string[] = [];
    for (const [text, expected] of EMOTION_WORKSHOP_NOTES) {
      const actual = scoreEmotionText(text)?.score ?? null;
      // A person scores in whole steps; a rating out of 10 ("7/10") may land between them.
      const agrees = expected === null ? actual === null : actual !== null && Math.round(actual) === expected;
      if (!agrees) disagreements.push(`${JSON.stringify(text)}: person ${expected}, scored ${actual}`);
    }
    const agreement = 1 - disagreements.length / EMOTION_WORKSHOP_NOTES.length;
    console.log(
      `Emotion scoring agrees with a person on ${(agreement * 100).toFixed(1)} % of ${EMOTION_WORKSHOP_NOTES.length} notes` +
        (disagreements.length > 0 ? `; differs on:\n  ${disagreements.join('\n  ')}` : ''),
    );
    expect(agreement).toBeGreaterThanOrEqual(REQUIRED_AGREEMENT);
  });

  it('says where a score came from, and leaves notes without a feeling to their height', () => {
    expect(scoreEmotionText('Checkout was fast +2')).toEqual({ score: 2, source: 'number' });
    expect(scoreEmotionText('Score: -1 😀')).toEqual({ score: -1, source: 'number' });
    expect(scoreEmotionText('Frustrating :)')).toEqual({ score: 1, source: 'emoji' });
    expect(scoreEmotionText('I felt lost')).toEqual({ score: -1, source: 'word' });
    expect(scoreEmotionText('Opens the app')).toBeNull();
  });

  it('lets the leading rating win over later ones, and ignores numbers that count things', () => {
    expect(scoreEmotionText('+1 then -2')?.score).toBe(1);
    expect(scoreEmotionText('Was -1, now +2')?.score).toBe(-1);
    expect(scoreEmotionText('Delivery +2 days')).toBeNull();
    expect(scoreEmotionText('Page 1-2 of the form')).toBeNull();
    expect(scoreEmotionText('Delivered 12/5')).toBeNull();
  });
});
