import { computeScoreFromY, MAX_EMOTION_SCORE, MIN_EMOTION_SCORE } from './emotion-position';
import type { Rect } from './geometry';
import { rectCenter } from './geometry';
import type { ScoreSource } from './journey-schema';

export interface EmotionScore {
  /** -2 (very negative) to +2 (very positive), two decimals. */
  score: number;
  source: ScoreSource;
}

/*
 * How a note in an emotion lane is scored. The first rule that applies wins:
 *
 * 1. number: a rating written on the note, standing alone or leading it.
 *    - "+2", "-1", "0", "1.5", "−2" (typographic minus), "+1 nice staff", "-1: slow checkout": a number in -2..+2.
 *      A number leading other text counts only when signed or followed by ":" ("2 people waited" is a count,
 *      not a rating); alone it always counts.
 *    - "4/5", "3 out of 5", "3 sur 5", "3 von 5", "3 de 5": a rating from 1 to the maximum (2..10), mapped
 *      linearly onto -2..+2, so "1/5" is -2, "3/5" is 0 and "5/5" is +2. "12/5" (more than the maximum) is not.
 *      With words the maximum must be 5 or 10: "2 out of 3 steps failed" counts, it does not rate.
 *    A number elsewhere in the text ("Step 2 was slow") is never a rating.
 * 2. emoji: the first face or heart on the note that carries a feeling (table EMOJI_SCORES).
 * 3. word: the first word of a short list in English, French, German and Spanish (table WORD_SCORES), unless the
 *    word before it is a negation ("not happy", "pas content", "nicht gut"): a negated word is skipped rather
 *    than guessed at.
 * 4. position: the height of the note's centre in the emotion lane as it is now, +2 at the top, -2 at the bottom
 *    (computeScoreFromY, the same function that places the scale drawn in the lane).
 */

export const EMOJI_SCORES: ReadonlyMap<string, number> = new Map([
  ...['😀', '😃', '😄', '😁', '😆', '😍', '🤩', '🥰', '😻', '🥳', '❤', '💖', '💕', '😂'].map((emoji) => [emoji, 2] as const),
  ...['🙂', '😊', '☺', '😌', '😉', '👍', '😎', '😋'].map((emoji) => [emoji, 1] as const),
  ...['😐', '😶', '😑', '🤔', '🤷', '😏'].map((emoji) => [emoji, 0] as const),
  ...['😕', '🙁', '☹', '😞', '😟', '😔', '😒', '😬', '👎', '😓', '🥱'].map((emoji) => [emoji, -1] as const),
  ...['😢', '😭', '😠', '😡', '🤬', '😤', '😫', '😩', '😖', '😣', '💔', '😱', '🤯'].map((emoji) => [emoji, -2] as const),
]);

const WORDS_BY_SCORE: ReadonlyArray<readonly [score: number, words: readonly string[]]> = [
  [
    2,
    [
      'delighted', 'love', 'loved', 'amazing', 'awesome', 'excellent', 'fantastic', 'thrilled', 'wonderful', 'ecstatic',
      'ravi', 'ravie', 'génial', 'géniale', 'adore', 'enchanté', 'enchantée', 'formidable',
      'begeistert', 'toll', 'großartig', 'fantastisch', 'wunderbar', 'super',
      'encantado', 'encantada', 'genial', 'excelente', 'fantástico', 'fantástica', 'maravilloso',
    ],
  ],
  [
    1,
    [
      'happy', 'pleased', 'good', 'nice', 'glad', 'content', 'satisfied', 'great', 'easy',
      'contente', 'satisfait', 'satisfaite', 'heureux', 'heureuse', 'bien', 'bon', 'bonne', 'facile',
      'glücklich', 'zufrieden', 'gut', 'froh', 'einfach',
      'feliz', 'contento', 'contenta', 'satisfecho', 'satisfecha', 'bueno', 'buena', 'fácil',
    ],
  ],
  [
    0,
    [
      'ok', 'okay', 'neutral', 'meh', 'fine', 'indifferent', 'so-so',
      'neutre', 'bof', 'moyen', 'correct',
      'egal', 'mittel', 'mittelmäßig', 'naja',
      'normal', 'regular', 'indiferente',
    ],
  ],
  [
    -1,
    [
      'annoyed', 'disappointed', 'confused', 'unhappy', 'sad', 'worried', 'bored', 'unsure', 'anxious', 'stressed',
      'déçu', 'déçue', 'agacé', 'agacée', 'énervé', 'énervée', 'confus', 'confuse', 'triste', 'inquiet', 'inquiète',
      'enttäuscht', 'genervt', 'verwirrt', 'traurig', 'unzufrieden', 'unsicher',
      'decepcionado', 'decepcionada', 'molesto', 'molesta', 'confundido', 'confundida', 'preocupado', 'preocupada',
    ],
  ],
  [
    -2,
    [
      'frustrated', 'angry', 'furious', 'hate', 'hated', 'terrible', 'awful', 'horrible', 'livid', 'miserable',
      'furieux', 'furieuse', 'frustré', 'frustrée', 'nul', 'nulle', 'insupportable',
      'wütend', 'frustriert', 'verärgert', 'sauer', 'schrecklich', 'furchtbar',
      'enojado', 'enojada', 'furioso', 'furiosa', 'frustrado', 'frustrada', 'terrible', 'fatal',
    ],
  ],
];

export const WORD_SCORES: ReadonlyMap<string, number> = new Map(
  WORDS_BY_SCORE.flatMap(([score, words]) => words.map((word) => [word.normalize('NFC'), score] as const)),
);

const NEGATIONS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', "isn't", "wasn't", "don't", "didn't", 'pas', 'jamais', 'nicht', 'kein', 'keine', 'nie', 'nunca', 'ni',
]);

/**
 * Letters of most scripts, spelled out: `\p{L}` is ES2018 syntax, and the sandbox bundle must parse as ES2017.
 * Latin with accents, Greek, Cyrillic, Hebrew, Arabic, Indic, CJK and Hangul; not punctuation, symbols or emoji.
 */
export const LETTER = String.raw`A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u1FFF\u2C00-\uD7FF`;
const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const SIGNED_NUMBER = String.raw`([+\-−–]?)` + NUMBER;
const OUT_OF = String.raw`\s*(\/|out\s+of|sur|von|de)\s*`;
/** A fraction leading the note: "4/5", "3 out of 5 - ok". */
const FRACTION_PATTERN = new RegExp(String.raw`^` + NUMBER + OUT_OF + NUMBER + String.raw`(?![\d/]|[.,]\d|[` + LETTER + String.raw`])`, 'iu');
/** A number leading the note, and what follows it. */
const LEADING_NUMBER_PATTERN = new RegExp(String.raw`^` + SIGNED_NUMBER + String.raw`([\s\S]*)$`, 'u');
const WORD_PATTERN = new RegExp(`[${LETTER}0-9][${LETTER}0-9'’-]*`, 'gu');

function parseDecimal(text: string): number {
  return Number(text.replace(',', '.'));
}

function roundScore(score: number): number {
  const rounded = Math.round(score * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

/** Scales a rating is written in with words: "2 von 3 Schritten" counts steps, "3 out of 5" rates. */
const WORDED_SCALES: ReadonlySet<number> = new Set([5, 10]);

function readFraction(text: string): number | null {
  const match = FRACTION_PATTERN.exec(text);
  if (!match) return null;
  const value = parseDecimal(match[1]!);
  const separator = match[2]!;
  const maximum = parseDecimal(match[3]!);
  if (!Number.isInteger(maximum) || maximum < 2 || maximum > 10 || value < 1 || value > maximum) return null;
  if (separator !== '/' && !WORDED_SCALES.has(maximum)) return null;
  return MIN_EMOTION_SCORE + ((value - 1) / (maximum - 1)) * (MAX_EMOTION_SCORE - MIN_EMOTION_SCORE);
}

function readLeadingNumber(text: string): number | null {
  const match = LEADING_NUMBER_PATTERN.exec(text);
  if (!match) return null;
  const sign = match[1]!;
  const rest = match[3]!;
  const standsAlone = rest.trim() === '';
  // What follows must end the number: "2nd", "1.5x", "3%" and "10" sliced are not ratings.
  const endsCleanly = /^(?:\s|:)/u.test(rest);
  if (!standsAlone && !endsCleanly) return null;
  if (!standsAlone && sign === '' && !/^\s*:/u.test(rest)) return null;
  const value = parseDecimal(match[2]!) * (sign === '' || sign === '+' ? 1 : -1);
  if (value < MIN_EMOTION_SCORE || value > MAX_EMOTION_SCORE) return null;
  return value;
}

/** A rating written as a number standing alone or leading the note, or null. */
export function readRating(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return readFraction(trimmed) ?? readLeadingNumber(trimmed);
}

export function readEmojiScore(text: string): number | null {
  for (const character of text.replace(/\uFE0F/g, '')) {
    const score = EMOJI_SCORES.get(character);
    if (score !== undefined) return score;
  }
  return null;
}

export function readWordScore(text: string): number | null {
  const words = text.normalize('NFC').toLowerCase().match(WORD_PATTERN) ?? [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!.replace(/’/g, "'");
    const score = WORD_SCORES.get(word);
    if (score === undefined) continue;
    const previous = index > 0 ? words[index - 1]!.replace(/’/g, "'") : '';
    if (NEGATIONS.has(previous)) continue;
    return score;
  }
  return null;
}

/** The score a note's text gives by rules 1 to 3 (number, emoji, word), or null when only its height can tell. */
export function scoreEmotionText(text: string): EmotionScore | null {
  const rating = readRating(text);
  if (rating !== null) return { score: roundScore(rating), source: 'number' };
  const emoji = readEmojiScore(text);
  if (emoji !== null) return { score: emoji, source: 'emoji' };
  const word = readWordScore(text);
  if (word !== null) return { score: word, source: 'word' };
  return null;
}

/** A note's emotion score by the rules above; `band` is the emotion lane as it is on the board now. */
export function scoreEmotion(text: string, bounds: Rect, band: Rect): EmotionScore {
  return scoreEmotionText(text) ?? { score: roundScore(computeScoreFromY(band, rectCenter(bounds).y)), source: 'position' };
}

/** A stage's emotion: the mean of its scores to two decimals, null when it has none. */
export function computeStageEmotion(scores: readonly number[]): { score: number | null; count: number } {
  if (scores.length === 0) return { score: null, count: 0 };
  const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
  return { score: roundScore(Math.min(MAX_EMOTION_SCORE, Math.max(MIN_EMOTION_SCORE, mean))), count: scores.length };
}
