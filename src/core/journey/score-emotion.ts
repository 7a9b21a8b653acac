import { computeScoreFromY, MAX_EMOTION_SCORE, MIN_EMOTION_SCORE } from '../template/emotion-position';
import type { Rect } from '../shared/geometry';
import { rectCenter } from '../shared/geometry';
import { CONTRASTS, DOWNTONERS, EMOTION_LEXICON, INTENSIFIERS, NEGATIONS } from './emotion-lexicon';
import type { ScoreSource } from './journey-schema';
import { LETTER_CHARACTERS } from '../shared/letter-characters';

export interface EmotionScore {
  /** -2 (very negative) to +2 (very positive), two decimals. */
  score: number;
  source: ScoreSource;
}

/*
 * How a note in an emotion lane is scored. The first rule that applies wins:
 *
 * 1. number: a rating written on the note.
 *    - Standing alone or leading it: "+2", "-1", "0", "1.5", "−2" (typographic minus), "+1 nice staff",
 *      "-1: slow checkout": a number in -2..+2. A number leading other text counts only when signed or followed
 *      by ":" ("2 people waited" is a count, not a rating); alone it always counts.
 *    - "4/5", "3 out of 5", "3 sur 5", "3 von 5", "3 de 5": a rating from 1 to the maximum (2..10), mapped
 *      linearly onto -2..+2, so "1/5" is -2, "3/5" is 0 and "5/5" is +2. "12/5" (more than the maximum) is not.
 *      With words the maximum must be 5 or 10: "2 out of 3 steps failed" counts, it does not rate.
 *    - Elsewhere in the note, the first of: a signed number in -2..+2 that ends its clause ("Checkout was fast
 *      +2", "Score: -1", but not "+2 days"), a number after "score", "rating" or "note" and a colon, or a rating
 *      out of 5 or 10 ("ok 3/5"), or stars out of five ("5 stars", "2 Sterne", "★★★★☆" is +1). An unsigned
 *      number elsewhere ("Step 2 was slow") is never a rating.
 * 2. emoji: the first face, heart or hand on the note that carries a feeling (EMOJI_SCORES), or emoticon standing
 *    apart (":)", ":(", ":-/", "<3"; EMOTICON_SCORES), whichever comes first.
 * 3. word: the words and phrases of EMOTION_LEXICON, read as a person reads them. A negation up to three words
 *    before turns the meaning ("not good" -1, "pas mal" +1 is a phrase of its own, "not bad" +1), "very" makes
 *    ±1 into ±2 and "a bit" makes ±2 into ±1, and after "but" the rest of the note decides ("fast but
 *    confusing" is -1), and "at all" makes a negated good word -2 ("not happy at all"). A word drawn out, or with
 *    a double letter written once or a single one doubled, reads as the word ("sooo good", "anoying",
 *    "dissapointed"). Otherwise the first word with a feeling wins.
 * 4. position: the height of the note's centre in the emotion lane as it is now, +2 at the top, -2 at the bottom
 *    (computeScoreFromY, the same function that places the scale drawn in the lane).
 */

export const EMOJI_SCORES: ReadonlyMap<string, number> = new Map([
  ...['😀', '😃', '😄', '😁', '😆', '😍', '🤩', '🥰', '😻', '🥳', '❤', '♥', '💖', '💕', '💗', '💓', '💞', '💚', '💙', '💜', '🧡',
    '💛', '😂', '🤣', '😹', '🤗', '🙌', '🎉', '🎊', '💯', '🔥', '🌟', '😘', '🥇'].map((emoji) => [emoji, 2] as const),
  ...['🙂', '😊', '☺', '😌', '😉', '👍', '😎', '😋', '😇', '👏', '👌', '💪', '✅', '🤝', '😸', '😺', '😽', '🥹', '✨', '⭐',
    '😛', '😜'].map((emoji) => [emoji, 1] as const),
  ...['😐', '😶', '😑', '🤔', '🤷', '😏', '😅', '🥲', '😮', '😯', '😲', '🧐', '🫡'].map((emoji) => [emoji, 0] as const),
  ...['😕', '🙁', '☹', '😞', '😟', '😔', '😒', '😬', '👎', '😓', '🥱', '🙃', '😰', '😥', '🫤', '😧', '😦', '😪', '😴', '🥺',
    '🫠', '😳', '🙄', '🤨', '😷', '🫣', '🥵', '❌', '⚠', '⏳', '⌛', '🐌', '😿'].map((emoji) => [emoji, -1] as const),
  ...['😢', '😭', '😠', '😡', '🤬', '😤', '😫', '😩', '😖', '😣', '💔', '😱', '🤯', '😨', '🤢', '🤮', '😵', '🤦', '😾',
    '💀', '☠', '👿'].map((emoji) => [emoji, -2] as const),
]);

/** Faces typed with punctuation; they count only standing apart, so "https://" and "(see p. 2:)" are not faces. */
export const EMOTICON_SCORES: ReadonlyMap<string, number> = new Map([
  ...[':))', ':-))', ':D', ':-D', 'xD', 'XD', '<3', '^^', '^_^'].map((emoticon) => [emoticon, 2] as const),
  ...[':)', ':-)', ':]', '=)', ';)', ';-)', ':P', ':-P', ':p'].map((emoticon) => [emoticon, 1] as const),
  ...[':|', ':-|', ':o', ':O', ':-o', ':-O'].map((emoticon) => [emoticon, 0] as const),
  ...[':(', ':-(', ':[', '=(', ':/', ':-/', ':\\', ':-\\', ':S', ':s', ':-S', '-_-'].map((emoticon) => [emoticon, -1] as const),
  ...[":'(", ":'-(", ':((', ':-((', '>:(', '>:-(', 'D:', ':@', '</3'].map((emoticon) => [emoticon, -2] as const),
]);

/** Letters of most scripts (see letter-characters.ts); exported for the other readers of note text. */
export const LETTER = LETTER_CHARACTERS;
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
export function parseRating(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return readFraction(trimmed) ?? readLeadingNumber(trimmed);
}

/** A rating elsewhere in the note, not leading it: "fast +2", "Score: -1", "ok 3/5"; the first one wins. */
const SIGNED_ANYWHERE_PATTERN = new RegExp(
  String.raw`(?:^|[\s(\[:=,;/])([+\-−–])` + NUMBER + String.raw`(?=\s*(?:$|[^\s0-9${LETTER}%.,]|[.,](?!\d)))`,
  'gu',
);
const LABELLED_PATTERN = new RegExp(
  String.raw`(?:^|[^${LETTER}])(?:score|rating|note|bewertung|puntuación|puntaje|nota)\s*[:=]\s*([+\-−–]?)` + NUMBER + String.raw`(?![\d${LETTER}%/])`,
  'giu',
);
const FRACTION_ANYWHERE_PATTERN = new RegExp(
  String.raw`(?:^|[^\d/.,${LETTER}])` + NUMBER + String.raw`\s*(\/|out\s+of|sur|von|de)\s*(5|10)(?![\d/]|[.,]\d|[${LETTER}])`,
  'giu',
);

/** Stars out of five, in words ("5 stars", "2 Sterne", "4 étoiles", "3 estrellas") or drawn ("★★★★☆"). */
const STARS_PATTERN = new RegExp(
  String.raw`(?:^|[^\d/.,${LETTER}])([1-5])\s*(?:stars?|étoiles?|sterne?|estrellas?)(?![${LETTER}])`,
  'giu',
);
const DRAWN_STARS_PATTERN = /(?:^|[^★☆])(★{1,5})(☆*)(?![★☆])/gu;

function readOutOfFive(value: number): number {
  return MIN_EMOTION_SCORE + ((value - 1) / 4) * (MAX_EMOTION_SCORE - MIN_EMOTION_SCORE);
}

function findFirstMatch(pattern: RegExp, text: string, read: (match: RegExpExecArray) => number | null): { index: number; value: number } | null {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const value = read(match);
    if (value !== null) return { index: match.index, value };
  }
  return null;
}

function readSignedValue(sign: string, digits: string): number | null {
  const value = parseDecimal(digits) * (sign === '' || sign === '+' ? 1 : -1);
  return value < MIN_EMOTION_SCORE || value > MAX_EMOTION_SCORE ? null : value;
}

function readRatingAnywhere(text: string): number | null {
  const found = [
    findFirstMatch(SIGNED_ANYWHERE_PATTERN, text, (match) => readSignedValue(match[1]!, match[2]!)),
    findFirstMatch(LABELLED_PATTERN, text, (match) => readSignedValue(match[1]!, match[2]!)),
    findFirstMatch(FRACTION_ANYWHERE_PATTERN, text, (match) => {
      const value = parseDecimal(match[1]!);
      const maximum = parseDecimal(match[3]!);
      if (value < 1 || value > maximum) return null;
      return MIN_EMOTION_SCORE + ((value - 1) / (maximum - 1)) * (MAX_EMOTION_SCORE - MIN_EMOTION_SCORE);
    }),
    findFirstMatch(STARS_PATTERN, text, (match) => readOutOfFive(Number(match[1]))),
    findFirstMatch(DRAWN_STARS_PATTERN, text, (match) => (match[1]!.length + match[2]!.length > 5 ? null : readOutOfFive(match[1]!.length))),
  ].filter((match) => match !== null);
  if (found.length === 0) return null;
  return found.reduce((first, match) => (match.index < first.index ? match : first)).value;
}

/** A rating anywhere in the note: leading it, or else the first one elsewhere (rule 1). */
export function readNoteRating(text: string): number | null {
  return parseRating(text) ?? readRatingAnywhere(text.trim());
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const EMOTICON_PATTERN = new RegExp(
  String.raw`(?:^|\s)(` +
    [...EMOTICON_SCORES.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|') +
    String.raw`)(?=$|\s|[.,!?;])`,
  'u',
);

/** Text of plain ASCII only: no accent to compose, no typographic apostrophe, no letter beyond A-Z. */
const PLAIN_ASCII = /^[^\u0080-\uffff]*$/;

/** The first emoji or emoticon with a feeling, by its place in the note. */
export function parseEmojiScore(text: string): number | null {
  const emoticon = EMOTICON_PATTERN.exec(text);
  // Every emoji of EMOJI_SCORES lies beyond ASCII: plain ASCII text can only hold an emoticon.
  if (PLAIN_ASCII.test(text)) return emoticon === null ? null : EMOTICON_SCORES.get(emoticon[1]!)!;
  const emoticonIndex = emoticon === null ? Infinity : emoticon.index + emoticon[0].length - emoticon[1]!.length;
  let index = 0;
  for (const character of text) {
    if (index > emoticonIndex) break;
    const score = EMOJI_SCORES.get(character);
    if (score !== undefined) return score;
    index += character.length;
  }
  return emoticon === null ? null : EMOTICON_SCORES.get(emoticon[1]!)!;
}

/** French elides "ne" before a vowel: "n'aime" is a negated "aime", "l'attente" is "attente". */
const ELISION = /^(?:(n)|[ljdcmts]|qu)'(?=.)/;

interface WordToken {
  word: string;
  /** Elided "n'" in front of the word itself. */
  negated: boolean;
  /** A comma or full stop comes before the next word. */
  endsClause: boolean;
}

/** WORD_PATTERN's words as they are in plain ASCII text: its letters there are A-Z and a-z alone. */
const ASCII_WORD_PATTERN = /[A-Za-z0-9][A-Za-z0-9'-]*/g;

/** Whether a mark that breaks a clause (. ! ? ; , : parentheses, a line feed) stands in text between from and to. */
function hasClauseBreak(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 46 || code === 33 || code === 63 || code === 59 || code === 44 || code === 58 || code === 40 || code === 41 || code === 10) return true;
  }
  return false;
}

/** The note's words in order; plain ASCII text (most notes) skips the normalising and the letters of other scripts. */
function readWordTokens(text: string): WordToken[] {
  const ascii = PLAIN_ASCII.test(text);
  const normalized = ascii ? text.toLowerCase() : text.normalize('NFC').toLowerCase().replace(/’/g, "'");
  const pattern = ascii ? ASCII_WORD_PATTERN : WORD_PATTERN;
  const tokens: WordToken[] = [];
  let previousEnd = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(normalized); match !== null; match = pattern.exec(normalized)) {
    const found = match[0];
    const last = found.charCodeAt(found.length - 1);
    // 45 "-", 39 "'": a word's trailing hyphens and apostrophes are not part of it.
    const raw = last === 45 || last === 39 ? found.replace(/[-']+$/, '') : found;
    const elision = raw.indexOf("'") === -1 ? null : ELISION.exec(raw);
    const word = elision ? raw.slice(elision[0].length) : raw;
    const previous = tokens[tokens.length - 1];
    if (previous !== undefined && hasClauseBreak(normalized, previousEnd, match.index)) previous.endsClause = true;
    previousEnd = match.index + found.length;
    tokens.push({ word, negated: elision?.[1] !== undefined, endsClause: false });
  }
  return tokens;
}

interface WordHit {
  index: number;
  length: number;
  score: number;
}

/** A word with every run of one letter written once: "dissapointed" and "disappointed" both read "disapointed". */
function squeezeLetters(word: string): string {
  return word.replace(/(.)\1+/gu, '$1');
}

/** Drawn-out words ("sooo", "gooood", "happpy"): a letter three times or more, read as twice and as once. */
function readDrawnOut(word: string): string[] {
  if (!/(.)\1\1/u.test(word)) return [];
  return [word.replace(/(.)\1{2,}/gu, '$1$1'), word.replace(/(.)\1{2,}/gu, '$1')];
}

/*
 * Single words of the lexicon by their squeezed spelling, for the commonest typos of hand-written notes: a double
 * letter written once or a single one doubled ("anoying", "stresful", "terible"). Only spellings of five letters or
 * more once squeezed, so short words ("good" and "god") never meet; a spelling two entries share is left out.
 */
const SQUEEZED_ENTRIES: ReadonlyMap<string, number> = (() => {
  const squeezed = new Map<string, number | null>();
  for (const [entry, score] of EMOTION_LEXICON.entries) {
    const key = squeezeLetters(entry);
    if (entry.includes(' ') || key.length < 5) continue;
    const known = squeezed.get(key);
    squeezed.set(key, known === undefined || known === score ? score : null);
  }
  return new Map([...squeezed].filter((pair): pair is [string, number] => pair[1] !== null));
})();

const SQUEEZED_INTENSIFIERS: ReadonlySet<string> = new Set([...INTENSIFIERS].map(squeezeLetters));

function isIntensifier(word: string): boolean {
  return INTENSIFIERS.has(word) || (readDrawnOut(word).length > 0 && SQUEEZED_INTENSIFIERS.has(squeezeLetters(word)));
}

/** The first words of the lexicon's phrases: a phrase is only looked up from a word that can start one. */
const PHRASE_STARTS: ReadonlySet<string> = new Set(
  [...EMOTION_LEXICON.entries.keys()].filter((entry) => entry.includes(' ')).map((entry) => entry.split(' ')[0]!),
);

/**
 * The stems by their first character, each list in the lexicon's order: a word can only start with a stem that
 * starts with its own first character, so the first stem it starts with is the same, found among a few.
 */
const STEMS_BY_FIRST_CHARACTER: ReadonlyMap<string, ReadonlyArray<readonly [stem: string, score: number]>> = (() => {
  const byFirst = new Map<string, Array<readonly [stem: string, score: number]>>();
  for (const entry of EMOTION_LEXICON.stems) {
    const first = entry[0].charAt(0);
    const list = byFirst.get(first);
    if (list) list.push(entry);
    else byFirst.set(first, [entry]);
  }
  return byFirst;
})();

function findLexiconHit(tokens: readonly WordToken[], index: number): WordHit | null {
  const { entries, longestPhrase } = EMOTION_LEXICON;
  // Most words start no phrase: they are looked up alone, without joining the words after them for each length.
  const reading = readLoneWord(tokens[index]!.word);
  if (reading !== STARTS_A_PHRASE) return reading === null ? null : { index, length: 1, score: reading };
  for (let length = Math.min(longestPhrase, tokens.length - index); length >= 1; length--) {
    const phrase = length === 1 ? tokens[index]!.word : tokens.slice(index, index + length).map((token) => token.word).join(' ');
    const score = entries.get(phrase);
    if (score !== undefined) return { index, length, score };
  }
  const score = readSingleWordScore(tokens[index]!.word);
  return score === null ? null : { index, length: 1, score };
}

/** The score of a word that is no entry of the lexicon by itself: by its stem, drawn out, or misspelt; or null. */
function findSingleWordScore(word: string): number | null {
  const { entries } = EMOTION_LEXICON;
  // An empty stem (the lexicon has none) would start every word, wherever it stood: then every stem is asked in turn.
  const candidates = STEMS_BY_FIRST_CHARACTER.has('') ? EMOTION_LEXICON.stems : (STEMS_BY_FIRST_CHARACTER.get(word.charAt(0)) ?? []);
  for (const [stem, score] of candidates) {
    if (word.startsWith(stem)) return score;
  }
  for (const spelling of readDrawnOut(word)) {
    const score = entries.get(spelling);
    if (score !== undefined) return score;
  }
  return SQUEEZED_ENTRIES.get(squeezeLetters(word)) ?? null;
}

/** Words whose single-word score was found, so that the notes of a board, which repeat their words, ask it once. */
const SINGLE_WORD_SCORES = new Map<string, number | null>();
/** The most words remembered; past it the memory starts again, so a board of unique words holds no more. */
const MAX_REMEMBERED_WORDS = 20_000;

/**
 * Whether a word of digits alone ("12", "2024") can have a score: only when some entry or stem holds a digit or a
 * stem is empty. Otherwise no stem starts it and its drawn-out and squeezed spellings, digits too, are no entry.
 */
const DIGITS_CAN_SCORE =
  EMOTION_LEXICON.stems.some(([stem]) => stem === '' || /[0-9]/.test(stem)) || [...EMOTION_LEXICON.entries.keys()].some((entry) => /[0-9]/.test(entry));
const DIGITS_ONLY = /^[0-9]+$/;

/** findSingleWordScore, remembered: it depends on the word alone and the lexicon, which never changes. */
function readSingleWordScore(word: string): number | null {
  // The numbers of a board are mostly each its own: asked of the lexicon, they would fill the memory for nothing.
  if (!DIGITS_CAN_SCORE && DIGITS_ONLY.test(word)) return null;
  const known = SINGLE_WORD_SCORES.get(word);
  if (known !== undefined) return known;
  const score = findSingleWordScore(word);
  if (SINGLE_WORD_SCORES.size >= MAX_REMEMBERED_WORDS) SINGLE_WORD_SCORES.clear();
  SINGLE_WORD_SCORES.set(word, score);
  return score;
}

/** What readLoneWord says of a word that starts a phrase of the lexicon: it is looked up with the words after it. */
const STARTS_A_PHRASE = 'starts a phrase';
/** Words met, each with its reading: the words of a board repeat, and one lookup here replaces three. */
const LONE_WORD_READINGS = new Map<string, number | null | typeof STARTS_A_PHRASE>();

/**
 * A word's reading when it starts no phrase: its entry's score, else its single-word score, or null; for a word
 * that starts a phrase, STARTS_A_PHRASE. Remembered: it depends on the word alone and the lexicon.
 */
function readLoneWord(word: string): number | null | typeof STARTS_A_PHRASE {
  // Asked first: a word remembered is no word of digits alone (those are not remembered when they cannot score).
  const known = LONE_WORD_READINGS.get(word);
  if (known !== undefined) return known;
  if (!DIGITS_CAN_SCORE && DIGITS_ONLY.test(word)) return null;
  const reading = PHRASE_STARTS.has(word) ? STARTS_A_PHRASE : (EMOTION_LEXICON.entries.get(word) ?? findSingleWordScore(word));
  if (LONE_WORD_READINGS.size >= MAX_REMEMBERED_WORDS) LONE_WORD_READINGS.clear();
  LONE_WORD_READINGS.set(word, reading);
  return reading;
}

/** "Not happy at all", "pas content du tout", "überhaupt nicht gut": a negation made emphatic. */
const EMPHATIC_NEGATION_WORDS: ReadonlySet<string> = new Set(['at all', 'du tout', 'para nada', 'überhaupt']);

function isEmphaticNegation(tokens: readonly WordToken[], hit: WordHit): boolean {
  const end = hit.index + hit.length;
  const after = tokens.slice(end, end + 2).map((token) => token.word);
  const before = tokens.slice(Math.max(0, hit.index - 2), hit.index).map((token) => token.word);
  return [after.join(' '), before.join(' '), ...after, ...before].some((words) => EMPHATIC_NEGATION_WORDS.has(words));
}

/** How the words before a hit (back to the clause's start, at most three) and "nicht" after it change it. */
function adjustHit(tokens: readonly WordToken[], hit: WordHit): number {
  let negated = tokens[hit.index]!.negated;
  let intensified = false;
  let toned = false;
  for (let back = 1; back <= 3 && hit.index - back >= 0; back++) {
    const token = tokens[hit.index - back]!;
    if (token.endsClause || CONTRASTS.has(token.word)) break;
    if (NEGATIONS.has(token.word) || token.negated) negated = true;
    if (back === 1 && isIntensifier(token.word)) intensified = true;
    if (back <= 2 && DOWNTONERS.has(token.word)) toned = true;
  }
  // German puts "nicht" after the verb: "Das gefällt mir nicht".
  const end = hit.index + hit.length - 1;
  for (let ahead = 1; ahead <= 2 && end + ahead < tokens.length && !tokens[end + ahead - 1]!.endsClause; ahead++) {
    if (tokens[end + ahead]!.word === 'nicht' && (end + ahead === tokens.length - 1 || tokens[end + ahead]!.endsClause)) negated = true;
  }
  if (negated && hit.score > 0 && isEmphaticNegation(tokens, hit)) return -2;
  if (negated) return hit.score >= 0 ? -1 : hit.score === -2 ? 0 : 1;
  if (intensified && Math.abs(hit.score) === 1) return hit.score * 2;
  if (toned && Math.abs(hit.score) === 2) return hit.score / 2;
  return hit.score;
}

/** The score of the words and phrases of the note (rule 3), or null when none carries a feeling. */
export function parseWordScore(text: string): number | null {
  const tokens = readWordTokens(text);
  let chosen: number | null = null;
  let afterContrast = false;
  for (let index = 0; index < tokens.length; index++) {
    if (CONTRASTS.has(tokens[index]!.word)) {
      afterContrast = true;
      continue;
    }
    const hit = findLexiconHit(tokens, index);
    if (hit === null) continue;
    // The first feeling of the note, replaced by the first one after each "but".
    if (chosen === null || afterContrast) chosen = adjustHit(tokens, hit);
    afterContrast = false;
    index += hit.length - 1;
  }
  return chosen;
}

/** The score a note's text gives by rules 1 to 3 (number, emoji, word), or null when only its height can tell. */
export function scoreEmotionText(text: string): EmotionScore | null {
  const rating = readNoteRating(text);
  if (rating !== null) return { score: roundScore(rating), source: 'number' };
  const emoji = parseEmojiScore(text);
  if (emoji !== null) return { score: emoji, source: 'emoji' };
  const word = parseWordScore(text);
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
