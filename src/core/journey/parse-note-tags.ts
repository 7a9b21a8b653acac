import { LETTER } from './score-emotion';

/**
 * A tag: `#` (or the full-width `＃`) not glued to a word before it ("C#", "issue#4" are not tags), then letters of
 * any script, digits, `-` and `_`. It needs a letter: "#1 complaint" ranks, it does not cite.
 */
const TAG_PATTERN = new RegExp(String.raw`(^|[^${LETTER}0-9_#＃])[#＃]([${LETTER}0-9_-]+)`, 'gu');
const HAS_LETTER = new RegExp(`[${LETTER}]`, 'u');

/**
 * The `#tags` of a note, without `#`, as written, each once, in the order they appear. Trailing `-` and `_` are
 * punctuation ("see #P3-"), not part of the tag.
 */
export function parseNoteTags(text: string): string[] {
  if (text.indexOf('#') === -1 && text.indexOf('＃') === -1) return [];
  const tags: string[] = [];
  TAG_PATTERN.lastIndex = 0;
  for (let match = TAG_PATTERN.exec(text); match !== null; match = TAG_PATTERN.exec(text)) {
    const tag = match[2]!.replace(/[-_]+$/, '');
    if (tag !== '' && HAS_LETTER.test(tag) && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}
