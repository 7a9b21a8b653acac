import { TAG_KEYS, TAG_NAMESPACE } from '../../core/board/map-tags';
import type { ImportMapRequest, SandboxToUi } from '../../core/protocol/protocol';
import { USER_MESSAGES, truncateForNotify } from '../../core/shared/user-messages';
import { createProgressReporter } from '../platform/create-progress-reporter';
import { createRequestYieldBudget } from '../platform/yield-budget';
import type { YieldBudget } from '../platform/yield-budget';
import { drawImportedJourneyAsync } from '../write/draw-imported-journey-async';
import { createMapImportedAnswer } from './create-map-imported-answer';
import { computeNewMapLayoutAsync } from '../write/draw-map-async';
import type { FigJamApi, FigJamSection } from '../platform/figjam-api';
import { parseImportOrThrow } from './parse-import-or-throw';
import { findMapSections } from '../read/read-map-structure';
import { reimportJourneyAsync } from '../write/reimport-journey-async';
import { requireFigJam } from '../platform/require-figjam';
import type { Post } from '../platform/post';

export function withFittedNames(sentence: string, namesFitted: number, namesBlank = 0): string {
  const notes = [
    ...(namesFitted > 0 ? [USER_MESSAGES.namesFitted(namesFitted)] : []),
    ...(namesBlank > 0 ? [USER_MESSAGES.namesBlank(namesBlank)] : []),
  ];
  return notes.length === 0 ? sentence : truncateForNotify(`${sentence}. ${notes.join(' ')}`);
}

/**
 * The map a journey came from, if it is on the page: the map it was exported from, or the map an earlier import
 * of it drew. Importing it again updates that map rather than drawing a second one.
 */
function findSourceMapSection(api: FigJamApi, importKey: string): FigJamSection | undefined {
  return findMapSections(api.currentPage).find(
    (section) =>
      section.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.mapId) === importKey ||
      section.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.importKey) === importKey,
  );
}

export async function handleImportMapAsync(
  api: FigJamApi,
  request: ImportMapRequest,
  post: Post,
  budget: YieldBudget = createRequestYieldBudget(post, request.requestId, USER_MESSAGES.drawingNotes),
): Promise<SandboxToUi> {
  requireFigJam(api);
  const value = parseImportOrThrow(request.journey);
  const onStepAsync = createProgressReporter(post, request.requestId, USER_MESSAGES.drawingNotes, budget);
  const earlier = value.importKey === null ? undefined : findSourceMapSection(api, value.importKey);
  if (earlier) {
    const result = await reimportJourneyAsync(api, earlier, value, onStepAsync);
    const { notesMoved, notesKeptBeside, ...counts } = result;
    api.notify(
      withFittedNames(USER_MESSAGES.mapImportUpdated(result.notesAdded, result.notesKept, notesMoved, notesKeptBeside), value.namesFitted, value.namesBlank),
    );
    return {
      type: 'map-imported',
      requestId: request.requestId,
      nodeId: earlier.id,
      updated: true,
      ...counts,
      ...(notesMoved > 0 ? { notesMoved } : {}),
      ...(notesKeptBeside > 0 ? { notesKeptBeside } : {}),
      ...(value.namesFitted + value.namesBlank > 0 ? { namesFitted: value.namesFitted + value.namesBlank } : {}),
      ...(value.namesBlank > 0 ? { namesBlank: value.namesBlank } : {}),
    };
  }
  const drawn = await drawImportedJourneyAsync(api, value, { layout: await computeNewMapLayoutAsync(api, value.spec, budget), onStepAsync, budget });
  api.notify(withFittedNames(USER_MESSAGES.mapImported(drawn.notesAdded), value.namesFitted, value.namesBlank));
  return createMapImportedAnswer(request.requestId, drawn, value.namesFitted, value.namesBlank);
}
