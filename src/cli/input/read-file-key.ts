/** Figma file keys are letters and digits; board, file and design URLs carry the key after the kind. */
const URL_PATTERN = /^https?:\/\/(?:www\.)?figma\.com\/(?:board|file|design|proto)\/([A-Za-z0-9]+)(?:[/?#]|$)/;
const KEY_PATTERN = /^[A-Za-z0-9]{10,64}$/;

export function isFigmaUrl(value: string): boolean {
  return /^https?:\/\//.test(value.trim());
}

/** The file key from a key or a board URL (https://www.figma.com/board/KEY/Name), or null when there is none. */
export function readFileKey(value: string): string | null {
  const trimmed = value.trim();
  const fromUrl = URL_PATTERN.exec(trimmed);
  if (fromUrl) return fromUrl[1]!;
  return KEY_PATTERN.test(trimmed) ? trimmed : null;
}
