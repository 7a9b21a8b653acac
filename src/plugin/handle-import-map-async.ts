import { TAG_KEYS, TAG_NAMESPACE } from '../core/map-tags';
import type { ImportMapRequest, SandboxToUi } from '../core/protocol';
import { USER_MESSAGES } from '../core/user-messages';
import { drawImportedJourneyAsync } from './draw-imported-journey-async';
import { createMapImportedAnswer } from './create-map-imported-answer';
import { computeNewMapLayout } from './draw-map-async';
import type { FigJamApi, FigJamSection } from './figjam-api';
import { parseImportOrThrow } from './parse-import-or-throw';
import { pauseAsync } from './pause-async';
import { PluginError } from './plugin-error';
import { findMapSections } from './read-map-structure';
import { reimportJourneyAsync } from './reimport-journey-async';

type Post = (message: SandboxToUi) => void;

/** The map an earlier import of the same journey drew, if it is still on the page. */
function findImportedMapSection(api: FigJamApi, importKey: string): FigJamSection | undefined {
  return findMapSections(api.currentPage).find((section) => section.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.importKey) === importKey);
}

export async function handleImportMapAsync(api: FigJamApi, request: ImportMapRequest, post: Post): Promise<SandboxToUi> {
  if (api.editorType !== 'figjam') throw new PluginError(USER_MESSAGES.notFigJam);
  const value = parseImportOrThrow(request.journey);
  const onStepAsync = async ({ done, total }: { done: number; total: number }) => {
    post({ type: 'progress', requestId: request.requestId, phase: USER_MESSAGES.drawingNotes, done, total });
    await pauseAsync();
  };
  const earlier = value.importKey === null ? undefined : findImportedMapSection(api, value.importKey);
  if (earlier) {
    const result = await reimportJourneyAsync(api, earlier, value, onStepAsync);
    api.notify(USER_MESSAGES.mapImportUpdated(result.notesAdded, result.notesKept));
    return { type: 'map-imported', requestId: request.requestId, nodeId: earlier.id, updated: true, ...result };
  }
  const drawn = await drawImportedJourneyAsync(api, value, { layout: computeNewMapLayout(api, value.spec), onStepAsync });
  api.notify(USER_MESSAGES.mapImported(drawn.notesAdded));
  return createMapImportedAnswer(request.requestId, drawn);
}
