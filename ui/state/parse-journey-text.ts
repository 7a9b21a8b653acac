export type JourneyTextParse = { ok: true; journey: unknown } | { ok: false; line: number; column: number };

const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings; this refuses them
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/**
 * The offset where `text` stops being JSON. Browsers word JSON.parse's errors differently and some name no
 * place at all (`Unexpected token 'x', "…" is not valid JSON`), so the place is found here, the same in each.
 */
export function findJsonErrorOffset(text: string): number {
  let offset = 0;
  const skipSpace = () => {
    while (offset < text.length && ' \t\n\r'.includes(text[offset]!)) offset++;
  };
  const match = (pattern: RegExp): boolean => {
    pattern.lastIndex = offset;
    if (!pattern.test(text)) return false;
    offset = pattern.lastIndex;
    return true;
  };
  // Each step returns false at the first character that cannot continue the value; `offset` is then on it.
  const value = (): boolean => {
    skipSpace();
    const char = text[offset];
    if (char === '{' || char === '[') {
      const close = char === '{' ? '}' : ']';
      offset++;
      skipSpace();
      if (text[offset] === close) return ++offset > 0;
      for (;;) {
        if (close === '}') {
          skipSpace();
          if (!match(STRING)) return false;
          skipSpace();
          if (text[offset] !== ':') return false;
          offset++;
        }
        if (!value()) return false;
        skipSpace();
        if (text[offset] === close) return ++offset > 0;
        if (text[offset] !== ',') return false;
        offset++;
      }
    }
    if (char === '"') return match(STRING);
    const literal = LITERALS.find((word) => text.startsWith(word, offset));
    if (literal) return (offset += literal.length) > 0;
    return match(NUMBER);
  };
  if (value()) {
    skipSpace();
    if (offset === text.length) return -1;
  }
  return offset;
}

/** Line and column (from 1) of a character offset in `text`. */
function locateOffset(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

function findErrorPlace(text: string): { line: number; column: number } {
  let offset: number;
  try {
    offset = findJsonErrorOffset(text);
  } catch {
    // Nesting deep enough to exhaust the stack: say where the text ends rather than nothing.
    offset = -1;
  }
  return locateOffset(text, offset < 0 ? text.length : offset);
}

/** Only the light check that the text is JSON; the sandbox checks that it is a version-1 journey. */
export function parseJourneyText(text: string): JourneyTextParse {
  // Editors on Windows save a byte order mark that JSON.parse refuses.
  const json = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, journey: JSON.parse(json) as unknown };
  } catch {
    return { ok: false, ...findErrorPlace(json) };
  }
}
