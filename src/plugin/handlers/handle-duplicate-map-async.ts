import { computeJourney } from '../../core/journey/compute-journey';
import { placeNotes } from '../../core/placement/place-notes';
import type { DuplicateMapRequest, SandboxToUi } from '../../core/protocol/protocol';
import { USER_MESSAGES } from '../../core/shared/user-messages';
import { createMapImportedAnswer } from './create-map-imported-answer';
import { createProgressReporter } from '../platform/create-progress-reporter';
import { createRequestYieldBudget } from '../platform/yield-budget';
import type { YieldBudget } from '../platform/yield-budget';
import { computeNewMapLayoutAsync } from '../write/draw-map-async';
import { drawImportedJourneyAsync } from '../write/draw-imported-journey-async';
import { findMapSection } from '../read/find-map-section';
import type { FigJamApi } from '../platform/figjam-api';
import { withFittedNames } from './handle-import-map-async';
import { parseImportOrThrow } from './parse-import-or-throw';
import { readTaggedMapAsync } from '../read/read-tagged-map-async';
import { requireFigJam } from '../platform/require-figjam';
import type { Post } from '../platform/post';
import { deriveBoardSpec, parseStoredSpec } from '../../core/board/derive-board-spec';
import { TAG_KEYS, TAG_NAMESPACE } from '../../core/board/map-tags';
import { mergeReimportedSpec } from '../../core/import/merge-reimported-spec';

const MAX_TITLE_LENGTH = 120;

/**
 * "Duplicate as future state": the map is exported and the journey imported beside it, so the copy has the same
 * stages, lanes, notes and votes as the map now, marked "Future state", and none of its drawing problems (notes across borders land in
 * their cell). The copy names no source, so importing an export of the original never updates the copy. It keeps
 * the original's look as a re-import keeps a map's: its options (legend, how-to, cell size) and its title area.
 */
export async function handleDuplicateMapAsync(
  api: FigJamApi,
  request: DuplicateMapRequest,
  post: Post,
  budget: YieldBudget = createRequestYieldBudget(post, request.requestId, USER_MESSAGES.readingNotes),
): Promise<SandboxToUi> {
  requireFigJam(api);
  const section = findMapSection(api, request.mapId);
  const map = await readTaggedMapAsync(api, section, {
    includeAuthors: false,
    onStepAsync: createProgressReporter(post, request.requestId, USER_MESSAGES.readingNotes, budget),
    budget,
  });
  await budget.yieldAsync();
  const placements = placeNotes(map);
  await budget.yieldAsync();
  const journey = computeJourney(map, placements, { exportedAt: new Date().toISOString(), pluginVersion: PLUGIN_VERSION, page: api.currentPage.name });
  const title = (request.title?.trim() || USER_MESSAGES.futureStateTitle(journey.title)).slice(0, MAX_TITLE_LENGTH);
  const { source: _source, ...withoutSource } = journey;
  // The copy is where the team designs the journey as it should become.
  await budget.yieldAsync();
  const imported = parseImportOrThrow({ ...withoutSource, title, state: 'future' });
  const stored = parseStoredSpec(section.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.spec));
  const value = stored ? { ...imported, spec: mergeReimportedSpec(deriveBoardSpec(stored, map), imported) } : imported;
  await budget.yieldAsync();
  const drawn = await drawImportedJourneyAsync(api, value, {
    layout: await computeNewMapLayoutAsync(api, value.spec, budget),
    onStepAsync: createProgressReporter(post, request.requestId, USER_MESSAGES.drawingNotes, budget),
    budget,
  });
  api.notify(withFittedNames(USER_MESSAGES.futureStateDrawn(drawn.notesAdded), value.namesFitted, value.namesBlank));
  return createMapImportedAnswer(request.requestId, drawn, value.namesFitted, value.namesBlank);
}
