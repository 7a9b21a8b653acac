import { FONT_FAMILY } from '../../core/template/map-layout';
import type { FontStyle } from '../../core/template/map-layout';
import type { RenderPlan } from '../../core/template/render-plan';
import { fontOf } from '../../core/template/render-style';
import { USER_MESSAGES } from '../../core/shared/user-messages';
import type { FigJamApi } from '../platform/figjam-api';
import { loadFontsAsync } from '../platform/load-fonts-async';
import { PluginError } from '../platform/plugin-error';

/**
 * Every font the plan writes text in, and `extra` ones (such as the notes'), each loaded once before the first node
 * is made or changed; a font Figma cannot load is named to the person.
 */
export async function loadMapFontsAsync(api: FigJamApi, plan: RenderPlan, extra: readonly FontStyle[] = []): Promise<void> {
  const fonts = [...plan.parts.flatMap((part) => (part.text ? [part.text.fontName] : [])), ...extra.map(fontOf)];
  await loadFontsAsync(api, fonts).catch((error: unknown) => {
    throw new PluginError(USER_MESSAGES.fontUnavailable(error instanceof PluginError ? error.message : FONT_FAMILY));
  });
}
