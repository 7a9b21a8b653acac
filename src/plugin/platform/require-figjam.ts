import { USER_MESSAGES } from '../../core/shared/user-messages';
import type { FigJamApi } from './figjam-api';
import { PluginError } from './plugin-error';

/** Maps are FigJam sections and stickies; in another editor the person is told, before anything is read. */
export function requireFigJam(api: FigJamApi): void {
  if (api.editorType !== 'figjam') throw new PluginError(USER_MESSAGES.notFigJam);
}
