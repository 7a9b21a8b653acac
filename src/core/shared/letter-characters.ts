/**
 * Letters of most scripts, as the inside of a regular expression character class, spelled out because `\p{L}` is
 * ES2018 syntax and the sandbox bundle must parse as ES2017. Latin with accents, Greek, Cyrillic, Armenian, Hebrew,
 * Arabic, Indic, Thai, CJK, kana and Hangul; not punctuation, symbols, spaces or emoji (CJK punctuation and the
 * ideographic space, U+3000 to U+303F, are left out but for the iteration marks 々〆〇).
 */
export const LETTER_CHARACTERS = String.raw`A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u1FFF\u2C00-\u2DFF\u2E80-\u2FFF\u3005-\u3007\u3040-\uD7FF`;
