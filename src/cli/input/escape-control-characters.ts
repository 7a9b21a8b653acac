/** Line breaks, and the controls a terminal would act on (a binary file's bytes), in text quoted from a file. */
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r' };

/**
 * The text with each control character but tab written as an escape (\n, \r, \u001b), as JSON writes them: a
 * message quoting a file's text stays one line and cannot move a terminal's cursor or change its colours.
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (character) => NAMED_ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
