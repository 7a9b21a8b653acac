import { UiToSandboxSchema } from '../core/protocol/protocol';
import type { SandboxToUi, UiToSandbox } from '../core/protocol/protocol';
import { USER_MESSAGES, truncateForNotify } from '../core/shared/user-messages';
import type { FigJamApi, FigJamUi } from './platform/figjam-api';
import { handleCompareMapsAsync } from './handlers/handle-compare-maps-async';
import { handleCreateMapAsync } from './handlers/handle-create-map-async';
import { handleDuplicateMapAsync } from './handlers/handle-duplicate-map-async';
import { handleDrawEmotionCurveAsync } from './handlers/handle-draw-emotion-curve-async';
import { handleExportMapAsync } from './handlers/handle-export-map-async';
import { handleFormatJourneyAsync } from './handlers/handle-format-journey-async';
import { handleImportMapAsync } from './handlers/handle-import-map-async';
import { listMaps } from './read/find-map-section';
import { handleReadMapSpecAsync } from './handlers/handle-read-map-spec-async';
import { handleTidyMapAsync } from './handlers/handle-tidy-map-async';
import { handleUpdateMapAsync } from './handlers/handle-update-map-async';
import { handleZoomToNodeAsync } from './handlers/handle-zoom-to-node-async';
import { readPreferencesAsync, savePreferencesAsync } from './platform/preferences-storage';
import { PluginError } from './platform/plugin-error';
import { RequestQueue } from './platform/request-queue';

export const UI_SIZE = { width: 380, height: 640 };

/** Shows the panel and answers its requests. Every request is answered, with a result or an `error`. */
export function startPlugin(api: FigJamApi, html: string): void {
  api.showUI(html, { ...UI_SIZE, themeColors: true, title: 'Journey Lanes' });
  const queue = new RequestQueue();
  api.ui.onmessage = (message: unknown) => {
    void handleUiMessageAsync(api, message, queue);
  };
  api.on('selectionchange', () => {
    post(api, { type: 'selection-changed', maps: listMaps(api) });
  });
}

/** `figma.ui` read once per plugin run: each read crosses into the engine, and an answer should cost none. */
const uiByApi = new WeakMap<FigJamApi, FigJamUi>();

function post(api: FigJamApi, message: SandboxToUi): void {
  let ui = uiByApi.get(api);
  if (ui === undefined) {
    ui = api.ui;
    uiByApi.set(api, ui);
  }
  ui.postMessage(message);
}

function requestIdOf(message: unknown): string | null {
  if (typeof message !== 'object' || message === null || !('requestId' in message)) return null;
  const { requestId } = message;
  return typeof requestId === 'string' && requestId.length > 0 ? requestId : null;
}

/** The requests that change the board; they run one at a time (see RequestQueue). */
const BOARD_CHANGING_REQUESTS: ReadonlySet<UiToSandbox['type']> = new Set<UiToSandbox['type']>([
  'create-map',
  'import-map',
  'duplicate-map',
  'update-map',
  'tidy-map',
  'draw-emotion-curve',
]);

export async function handleUiMessageAsync(api: FigJamApi, raw: unknown, queue: RequestQueue = new RequestQueue()): Promise<void> {
  const parsed = UiToSandboxSchema.safeParse(raw);
  if (!parsed.success) {
    post(api, { type: 'error', requestId: requestIdOf(raw), message: USER_MESSAGES.invalidMessage });
    return;
  }
  const message = parsed.data;
  try {
    const immediate = message.type === 'notify' || message.type === 'resize-ui';
    const kind = BOARD_CHANGING_REQUESTS.has(message.type) ? 'write' : 'read';
    const answer = immediate ? await answerAsync(api, message) : await queue.runAsync(kind, () => answerAsync(api, message));
    if (answer) post(api, answer);
  } catch (error) {
    const known = error instanceof PluginError;
    const text = known ? error.message : USER_MESSAGES.unexpected;
    if (!known) console.error(error);
    api.notify(truncateForNotify(text), { error: true });
    post(api, {
      type: 'error',
      requestId: requestIdOf(message),
      message: text,
      ...(known && error.field !== undefined ? { field: error.field } : {}),
      ...(known && error.problems !== undefined ? { problems: error.problems } : {}),
      ...(known && error.issues !== undefined ? { issues: error.issues } : {}),
    });
  }
}

async function answerAsync(api: FigJamApi, message: UiToSandbox): Promise<SandboxToUi | null> {
  switch (message.type) {
    case 'ui-ready': {
      const preferences = await readPreferencesAsync(api);
      // The panel opens at the size the person left it, once the stored size is known.
      if (preferences?.panelSize) api.ui.resize(preferences.panelSize.width, preferences.panelSize.height);
      return {
        type: 'init',
        editorType: api.editorType,
        command: api.command,
        pluginVersion: PLUGIN_VERSION,
        maps: listMaps(api),
        ...(preferences ? { preferences } : {}),
      };
    }
    case 'create-map':
      return handleCreateMapAsync(api, message);
    case 'export-map':
      return handleExportMapAsync(api, message, (progress) => post(api, progress));
    case 'import-map':
      return handleImportMapAsync(api, message, (progress) => post(api, progress));
    case 'duplicate-map':
      return handleDuplicateMapAsync(api, message, (progress) => post(api, progress));
    case 'draw-emotion-curve':
      return handleDrawEmotionCurveAsync(api, message, (progress) => post(api, progress));
    case 'read-map-spec':
      return handleReadMapSpecAsync(api, message);
    case 'update-map':
      return handleUpdateMapAsync(api, message, (progress) => post(api, progress));
    case 'tidy-map':
      return handleTidyMapAsync(api, message, (progress) => post(api, progress));
    case 'compare-maps':
      return handleCompareMapsAsync(api, message, (progress) => post(api, progress));
    case 'zoom-to-node':
      return handleZoomToNodeAsync(api, message);
    case 'list-maps':
      return { type: 'maps-listed', requestId: message.requestId, maps: listMaps(api) };
    case 'notify':
      api.notify(truncateForNotify(message.message), { error: message.error ?? false });
      return null;
    case 'resize-ui':
      api.ui.resize(message.width, message.height);
      return null;
    case 'format-journey':
      return handleFormatJourneyAsync(message, (answer) => post(api, answer));
    case 'save-preferences':
      await savePreferencesAsync(api, message.preferences);
      return null;
    default:
      throw new PluginError(USER_MESSAGES.invalidMessage);
  }
}
