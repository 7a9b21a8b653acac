import type { FigJamApi } from './figjam-api';
import { PluginError } from './plugin-error';

/** Loads each distinct font once, together; a font Figma cannot load fails with its name in the message. */
export async function loadFontsAsync(api: FigJamApi, fonts: readonly FontName[]): Promise<void> {
  const distinct = new Map<string, FontName>();
  for (const font of fonts) distinct.set(`${font.family} ${font.style}`, font);
  await Promise.all(
    [...distinct.entries()].map(([label, font]) =>
      api.loadFontAsync(font).catch(() => {
        throw new PluginError(label);
      }),
    ),
  );
}
