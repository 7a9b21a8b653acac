import { compareJourneys } from '../../core/compare/compare-journeys';
import { computeJourney } from '../../core/journey/compute-journey';
import { formatComparison } from '../../core/compare/format-comparison';
import type { Journey } from '../../core/journey/journey-schema';
import { placeNotes } from '../../core/placement/place-notes';
import type { CompareMapsRequest, SandboxToUi } from '../../core/protocol/protocol';
import { USER_MESSAGES } from '../../core/shared/user-messages';
import { findMapSection } from '../read/find-map-section';
import type { FigJamApi } from '../platform/figjam-api';
import { createProgressReporter } from '../platform/create-progress-reporter';
import { PluginError } from '../platform/plugin-error';
import { readTaggedMapAsync } from '../read/read-tagged-map-async';
import { requireFigJam } from '../platform/require-figjam';
import type { Post } from '../platform/post';

/**
 * Reads both maps as an export reads them (authors left out: a comparison needs none) and compares their journeys,
 * so the answer is what `journey-lanes compare` gives for the two exports. Reads only; the board is not changed.
 */
export async function handleCompareMapsAsync(api: FigJamApi, request: CompareMapsRequest, post: Post): Promise<SandboxToUi> {
  requireFigJam(api);
  if (request.beforeMapId === request.afterMapId) throw new PluginError(USER_MESSAGES.chooseOtherMap, 'afterMapId');
  const sections = [findMapSection(api, request.beforeMapId), findMapSection(api, request.afterMapId)] as const;
  const exportedAt = new Date().toISOString();
  const journeys: Journey[] = [];
  for (const [index, section] of sections.entries()) {
    const map = await readTaggedMapAsync(api, section, {
      includeAuthors: false,
      onStepAsync: createProgressReporter(post, request.requestId, USER_MESSAGES.comparingMapProgress(index + 1)),
    });
    journeys.push(computeJourney(map, placeNotes(map), { exportedAt, pluginVersion: PLUGIN_VERSION, page: api.currentPage.name, via: 'plugin', mapKind: 'tagged' }));
  }
  const comparison = compareJourneys(journeys[0]!, journeys[1]!);
  const { resolved, kept, added } = comparison.summary.painPoints;
  api.notify(USER_MESSAGES.mapsCompared(resolved, kept, added));
  return { type: 'maps-compared', requestId: request.requestId, comparison, text: formatComparison(comparison, request.format ?? 'json') };
}
