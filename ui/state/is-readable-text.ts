/**
 * Whether a chosen file, read as UTF-8, could be a journey a person can read and fix. JSON allows no raw control
 * character but tab, line feed and carriage return, not even inside a string; a binary file (an image, a
 * spreadsheet, a PDF) is full of them, NUL first.
 */
export function isReadableText(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters JSON forbids are what marks a binary file
  return !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text);
}
