import { describe, expect, it } from 'vitest';
import { computeEmotionScoreY } from '../../../src/core/template/emotion-position';
import type { Rect } from '../../../src/core/shared/geometry';
import { computeStageEmotion, parseRating, scoreEmotion } from '../../../src/core/journey/score-emotion';

const BAND: Rect = { x: 0, y: 1000, width: 4000, height: 800 };
const NOTE_SIZE = 240;

/** A note whose centre is at the height the scale gives `score`. */
function noteAtScore(score: number): Rect {
  const centre = computeEmotionScoreY(BAND, score);
  return { x: 100, y: centre - NOTE_SIZE / 2, width: NOTE_SIZE, height: NOTE_SIZE };
}

const MIDDLE = noteAtScore(0);

describe('scoreEmotion', () => {
  const cases: Array<[string, number, string]> = [
    ['+2', 2, 'number'],
    ['-1', -1, 'number'],
    ['0', 0, 'number'],
    ['−2', -2, 'number'],
    ['1.5', 1.5, 'number'],
    ['-0,5', -0.5, 'number'],
    ['+1 nice staff', 1, 'number'],
    ['-1: slow checkout', -1, 'number'],
    ['2: easy', 2, 'number'],
    ['4/5', 1, 'number'],
    ['1/5', -2, 'number'],
    ['5/5 perfect', 2, 'number'],
    ['3 out of 5', 0, 'number'],
    ['2 sur 5', -1, 'number'],
    ['7/10', 0.67, 'number'],
    ['8 out of 10', 1.11, 'number'],
    ['2/3', 0, 'number'],
    ['2 out of 3 steps failed', -1, 'word'],
    ['2 von 3 Schritten, frustriert', -2, 'word'],
    ['😀', 2, 'emoji'],
    ['Checkout 😕', -1, 'emoji'],
    ['☹️', -1, 'emoji'],
    ['🤬🤬', -2, 'emoji'],
    ['🙂 then 😡', 1, 'emoji'],
    ['delighted', 2, 'word'],
    ['Happy with delivery', 1, 'word'],
    ['meh', 0, 'word'],
    ['OK I guess', 0, 'word'],
    ['Very frustrated by shipping', -2, 'word'],
    ['angry', -2, 'word'],
    ['énervé', -1, 'word'],
    ['glücklich', 1, 'word'],
    ['feliz', 1, 'word'],
    ['content', 1, 'word'],
    ['not happy, just annoyed', -1, 'word'],
    ['Step 2 was slow', -1, 'word'],
    ['Step 2 of checkout', 0, 'position'],
    ['2 people waited', 0, 'position'],
    ['3', 0, 'position'],
    ['+3 amazing', 2, 'word'],
    ['12/5', 0, 'position'],
    ['4/5/2025 meeting', 0, 'position'],
    ['2nd visit', 0, 'position'],
    ['1. Open the app', 0, 'position'],
    ['', 0, 'position'],
    // Stars, drawn-out words and typos, emphatic negation.
    ['5 stars', 2, 'number'],
    ['1 star', -2, 'number'],
    ['2 Sterne', -1, 'number'],
    ['4 étoiles', 1, 'number'],
    ['★★★★☆', 1, 'number'],
    ['★★★★★★', 0, 'position'],
    ['Stars in the app store', 0, 'position'],
    ['sooo good', 2, 'word'],
    ['gooood', 1, 'word'],
    ['anoying', -1, 'word'],
    ['dissapointed', -1, 'word'],
    ['terible experience', -2, 'word'],
    ['frustating', -2, 'word'],
    ['Compares prices', 0, 'position'],
    ['God knows', 0, 'position'],
    ['Amazon order', 0, 'position'],
    ['Not happy at all', -2, 'word'],
    ['überhaupt nicht gut', -2, 'word'],
    ['Not bad at all', 1, 'word'],
    ['Never again', -2, 'word'],
    ['Je ne comprends pas', -1, 'word'],
    ["Don't understand the options", -1, 'word'],
    ['Expensive but worth it', 1, 'word'],
    ["I don't trust them", -1, 'word'],
    ['Enfadado', -2, 'word'],
  ];
  it.each(cases)('scores %j as %d from %s', (text, score, source) => {
    expect(scoreEmotion(text, MIDDLE, BAND)).toEqual({ score, source });
  });

  it.each([2, 1, 0.5, 0, -1, -2])('scores a plain note level with the %d mark of the scale as that', (score) => {
    expect(scoreEmotion('Waited for the courier', noteAtScore(score), BAND)).toEqual({ score, source: 'position' });
  });

  it('clamps a note above or below the lane to +2 or -2, and rounds to two decimals', () => {
    expect(scoreEmotion('x', { ...MIDDLE, y: BAND.y - 500 }, BAND).score).toBe(2);
    expect(scoreEmotion('x', { ...MIDDLE, y: BAND.y + 5000 }, BAND).score).toBe(-2);
    const score = scoreEmotion('x', { ...MIDDLE, y: MIDDLE.y + 1 }, BAND).score;
    expect(score).toBe(Math.round(score * 100) / 100);
    expect(score).toBeLessThan(0);
  });

  it('reads ratings only where they stand alone or lead the note', () => {
    expect(parseRating('  +1  ')).toBe(1);
    expect(parseRating('Rated +1')).toBeNull();
    expect(parseRating('1.5x faster')).toBeNull();
  });
});

describe('computeStageEmotion', () => {
  it('is the mean to two decimals with the count, or null without scores', () => {
    expect(computeStageEmotion([])).toEqual({ score: null, count: 0 });
    expect(computeStageEmotion([2, -1, 0])).toEqual({ score: 0.33, count: 3 });
    expect(computeStageEmotion([-2, -1.5])).toEqual({ score: -1.75, count: 2 });
  });
});
