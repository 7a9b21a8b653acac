export interface VoteCount {
  /** Stamps that say "yes, this one": every stamp except those in NON_VOTE_STAMPS. */
  votes: number;
  /** Every stamp by normalised name, votes or not, in order of first appearance. */
  stamps: Record<string, number>;
}

/**
 * FigJam does not document its stamp names, and boards from other tools or older clients spell them in many
 * ways, so each known stamp is recognised by its usual spellings and emoji.
 */
const STAMP_ALIASES: ReadonlyArray<readonly [name: string, aliases: readonly string[]]> = [
  ['+1', ['+1', 'plus 1', 'plus one', 'plusone', 'plus1']],
  ['-1', ['-1', 'minus 1', 'minus one', 'minusone', 'minus1']],
  ['thumbs up', ['thumbs up', 'thumbsup', 'thumb up', 'like', '👍']],
  ['thumbs down', ['thumbs down', 'thumbsdown', 'thumb down', 'dislike', '👎']],
  ['heart', ['heart', 'love', 'red heart', '❤', '❤️', '♥']],
  ['star', ['star', 'favorite', 'favourite', '⭐', '★']],
  ['dot', ['dot', 'vote', 'voting dot', 'dot vote', 'dot vote stamp', '●', '🔴']],
  ['question', ['question', 'question mark', '?', '❓']],
  ['exclamation', ['exclamation', 'exclamation mark', '!', '❗']],
  ['check', ['check', 'checkmark', 'check mark', 'tick', '✓', '✔', '✅']],
];

/**
 * A thumbs down or a -1 is a vote against, and a question mark asks for discussion: counting them as votes would
 * rank a disputed pain point above one nobody objected to. They are still listed in `stamps`, so a reader who
 * wants a net score can compute it.
 */
export const NON_VOTE_STAMPS: ReadonlySet<string> = new Set(['thumbs down', '-1', 'question']);

const CANONICAL_BY_ALIAS = new Map<string, string>();
for (const [name, aliases] of STAMP_ALIASES) {
  for (const alias of aliases) CANONICAL_BY_ALIAS.set(simplifyStampName(alias), name);
}

function simplifyStampName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/\uFE0F/g, '')
    .toLowerCase()
    // "thumbs-up" reads "thumbs up" while "-1" and "+1" keep their sign; no lookbehind, which is ES2018.
    .replace(/([a-z])-(?=[a-z])/g, '$1 ')
    .replace(/[\s_]+/g, ' ')
    .trim()
    .replace(/\s+stamp$/, '');
}

/** "Thumbs_Up", "thumbsUp", "👍" all read "thumbs up"; an unknown stamp keeps its name in lower case. */
export function normalizeStampName(name: string): string {
  const spaced = name.replace(/([a-z])([A-Z])/g, '$1 $2');
  const simple = simplifyStampName(spaced);
  if (simple === '') return 'stamp';
  return CANONICAL_BY_ALIAS.get(simple) ?? CANONICAL_BY_ALIAS.get(simple.replace(/ /g, '')) ?? simple;
}

/** Names met, each with its normalised name: a board's stamps share a handful of names, each read once. */
const NORMALIZED_STAMP_NAMES = new Map<string, string>();
/** The most names remembered; past it the memory starts again, so stamps of unique names hold no more. */
const MAX_REMEMBERED_STAMP_NAMES = 1_000;

/** normalizeStampName, remembered: it depends on the name alone. */
function readNormalizedStampName(stampName: string): string {
  const known = NORMALIZED_STAMP_NAMES.get(stampName);
  if (known !== undefined) return known;
  const name = normalizeStampName(stampName);
  if (NORMALIZED_STAMP_NAMES.size >= MAX_REMEMBERED_STAMP_NAMES) NORMALIZED_STAMP_NAMES.clear();
  NORMALIZED_STAMP_NAMES.set(stampName, name);
  return name;
}

export function countVotes(stampNames: readonly string[]): VoteCount {
  const counts = new Map<string, number>();
  let votes = 0;
  for (const stampName of stampNames) {
    const name = readNormalizedStampName(stampName);
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (!NON_VOTE_STAMPS.has(name)) votes += 1;
  }
  // fromEntries defines own properties, so a stamp named "__proto__" is counted like any other.
  return { votes, stamps: Object.fromEntries(counts) };
}
