import { describe, expect, it } from 'vitest';
import { scoreEmotion } from '../../../src/core/journey/score-emotion';
import type { Rect } from '../../../src/core/shared/geometry';
import { INDEPENDENT_EMOTION_NOTES, type IndependentEmotionNote } from './fixtures/independent-emotion-notes';

// The bar of "scores people trust": a table of real-sounding notes scores as a person would, at least 95 %.
const AGREEMENT_BAR = 0.95;

// A note in the middle of its lane, so a score from position is the lane's middle and says nothing of the text.
const BAND: Rect = { x: 0, y: 0, width: 2000, height: 400 };
const NOTE: Rect = { x: 900, y: 150, width: 100, height: 100 };

interface Reading {
  readonly note: IndependentEmotionNote;
  readonly score: number;
  readonly source: string;
  readonly agrees: boolean;
}

/*
 * A person scores in whole steps of the −2…+2 lane; the scorer gives two decimals. A note agrees when the scorer
 * read a score from the text (number, emoji or word) that lands on the person's step (less than half a step
 * away), or when neither sees a feeling in the text (the scorer falls back to position).
 */
function readNote(note: IndependentEmotionNote): Reading {
  const { score, source } = scoreEmotion(note.text, NOTE, BAND);
  const agrees = note.score === null ? source === 'position' : source !== 'position' && Math.abs(score - note.score) < 0.5;
  return { note, score, source, agrees };
}

function describeReading({ note, score, source }: Reading): string {
  const expected = note.score === null ? 'no text score' : String(note.score);
  const got = source === 'position' ? 'no text score' : `${score} (${source})`;
  return `  [${note.lang}] ${JSON.stringify(note.text)}: a person says ${expected}, the scorer ${got}`;
}

describe('emotion notes scored as a person would (independent table)', () => {
  it('holds at least 200 distinct notes on the −2…+2 scale, about a fifth not in English', () => {
    const texts = INDEPENDENT_EMOTION_NOTES.map((note) => note.text);
    expect(texts.length).toBeGreaterThanOrEqual(200);
    expect(new Set(texts).size).toBe(texts.length);
    for (const note of INDEPENDENT_EMOTION_NOTES) {
      if (note.score !== null) expect([-2, -1, 0, 1, 2]).toContain(note.score);
    }
    const others = INDEPENDENT_EMOTION_NOTES.filter((note) => note.lang !== 'en').length;
    expect(others / texts.length).toBeGreaterThanOrEqual(0.15);
    expect(INDEPENDENT_EMOTION_NOTES.filter((note) => note.score === null).length).toBeGreaterThanOrEqual(20);
  });

  it(`agrees with the person on at least ${AGREEMENT_BAR * 100} % of the notes`, () => {
    const readings = INDEPENDENT_EMOTION_NOTES.map(readNote);
    const disagreements = readings.filter((reading) => !reading.agrees);
    const rate = (readings.length - disagreements.length) / readings.length;
    const exact = readings.filter((reading) => reading.agrees && (reading.note.score === null || reading.score === reading.note.score)).length;
    const lines = [
      `Independent emotion notes: ${readings.length - disagreements.length}/${readings.length} agree (${(rate * 100).toFixed(1)} %), ${exact} to the exact score`,
      ...disagreements.map(describeReading),
    ];
    console.log(lines.join('\n'));
    expect(rate, lines.join('\n')).toBeGreaterThanOrEqual(AGREEMENT_BAR);
  });
});
