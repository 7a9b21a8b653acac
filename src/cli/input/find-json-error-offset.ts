type Expecting = 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'colon' | 'after-value';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** The offset just past a JSON string starting at `start`, or the negated offset (minus one) of what breaks it. */
function scanString(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 0x22) return index + 1;
    if (code < 0x20) return -index - 1;
    if (code === 0x5c) {
      ESCAPE.lastIndex = index;
      if (!ESCAPE.test(text)) return -index - 1;
      index = ESCAPE.lastIndex;
    } else index += 1;
  }
  return -text.length - 1;
}

/** The offset just past a number, literal or string at `index`, or the negated offset (minus one) of the fault. */
function scanScalar(text: string, index: number): number {
  const character = text[index];
  if (character === '"') return scanString(text, index);
  for (const literal of ['true', 'false', 'null']) if (text.startsWith(literal, index)) return index + literal.length;
  NUMBER.lastIndex = index;
  return NUMBER.test(text) ? NUMBER.lastIndex : -index - 1;
}

/**
 * Where JSON.parse stopped, as an offset into the text: Node 20's messages give a position for some faults only
 * ("Unexpected token '}', ... is not valid JSON" has none). An iterative scan with a stack of open containers, so
 * any depth is fine. Returns null when the text is valid JSON.
 */
export function findJsonErrorOffset(text: string): number | null {
  const open: string[] = [];
  let expecting: Expecting = 'value';
  let index = 0;
  for (;;) {
    while (index < text.length && ' \t\n\r'.includes(text[index]!)) index += 1;
    if (index >= text.length) return expecting === 'after-value' && open.length === 0 ? null : text.length;
    const character = text[index]!;
    if (expecting === 'after-value') {
      const container = open[open.length - 1];
      if (container === undefined) return index;
      if (character === ',') expecting = container === '{' ? 'key' : 'value';
      else if (character === (container === '{' ? '}' : ']')) open.pop();
      else return index;
      index += 1;
    } else if (expecting === 'colon') {
      if (character !== ':') return index;
      expecting = 'value';
      index += 1;
    } else if (expecting === 'key' || expecting === 'key-or-end') {
      if (expecting === 'key-or-end' && character === '}') {
        open.pop();
        expecting = 'after-value';
        index += 1;
      } else {
        if (character !== '"') return index;
        const end = scanString(text, index);
        if (end < 0) return -end - 1;
        expecting = 'colon';
        index = end;
      }
    } else if (expecting === 'value-or-end' && character === ']') {
      open.pop();
      expecting = 'after-value';
      index += 1;
    } else if (character === '{' || character === '[') {
      open.push(character);
      expecting = character === '{' ? 'key-or-end' : 'value-or-end';
      index += 1;
    } else {
      const end = scanScalar(text, index);
      if (end < 0) return -end - 1;
      expecting = 'after-value';
      index = end;
    }
  }
}
