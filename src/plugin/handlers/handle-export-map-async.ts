import { attachStamps } from '../../core/board/attach-stamps';
import { attachRecordedVotes } from '../../core/board/recorded-votes';
import type { MapSnapshot } from '../../core/board/board-snapshot';
import { computeJourney } from '../../core/journey/compute-journey';
import { placeNotes } from '../../core/placement/place-notes';
import { formatJourney } from '../../core/formats/format-journey';
import { inferJourneyGrids } from '../../core/board/grid-inference/infer-journey-grid';
import type { ExportMapRequest, SandboxToUi } from '../../core/protocol/protocol';
import { USER_MESSAGES } from '../../core/shared/user-messages';
import { createProgressReporter } from '../platform/create-progress-reporter';
import { pauseAsync } from '../platform/pause-async';
import type { ReportProgressAsync } from '../platform/create-progress-reporter';
import { findMapCandidate, listMaps } from '../read/find-map-section';
import type { FigJamApi } from '../platform/figjam-api';
import { PluginError } from '../platform/plugin-error';
import { savePreferencesAsync } from '../platform/preferences-storage';
import { readSelectionBoardAsync } from '../read/read-selection-board';
import { postTextInChunksAsync } from '../platform/post-text-in-chunks-async';
import { readRecordedVotes } from '../read/read-recorded-votes';
import { readStamps } from '../read/read-stamps';
import { readTaggedMapAsync } from '../read/read-tagged-map-async';
import { requireFigJam } from '../platform/require-figjam';
import type { Post } from '../platform/post';

/** A grid drawn by hand (or from a community template), recognised in what is selected. */
async function readInferredMapAsync(api: FigJamApi, request: ExportMapRequest, onStepAsync: ReportProgressAsync): Promise<MapSnapshot> {
  const board = await readSelectionBoardAsync(api.currentPage.selection, { includeAuthors: request.includeAuthors ?? false, onStepAsync });
  const stamped = attachStamps(board.notes, readStamps(api.currentPage));
  const notes = attachRecordedVotes(stamped, readRecordedVotes(api.currentPage, new Set(stamped.map((note) => note.id))));
  // The selection is the person's choice of grid: it needs no journey words to be read as one.
  const { maps, problems } = inferJourneyGrids(board.nodes, notes, { acceptAll: true });
  const map = maps[0];
  if (!map) throw new PluginError(problems[0] ?? USER_MESSAGES.noMapFound);
  return map;
}

/** A selection that holds no map Journey Lanes drew is read as a hand-drawn grid. */
function isHandDrawnSelection(api: FigJamApi, request: ExportMapRequest): boolean {
  if (request.mapId !== undefined || api.currentPage.selection.length === 0) return false;
  return !listMaps(api).some((map) => map.selected);
}

export async function handleExportMapAsync(api: FigJamApi, request: ExportMapRequest, post: Post): Promise<SandboxToUi> {
  requireFigJam(api);
  const inferred = isHandDrawnSelection(api, request);
  const onStepAsync = createProgressReporter(post, request.requestId, USER_MESSAGES.readingNotes);
  const candidate = inferred ? null : findMapCandidate(api, request.mapId);
  const map =
    candidate === null
      ? await readInferredMapAsync(api, request, onStepAsync)
      : await readTaggedMapAsync(api, candidate.section, {
          includeAuthors: request.includeAuthors ?? false,
          knownAs: candidate.mapId,
          onStepAsync,
        });
  const format = request.format ?? 'json';
  // Placing, building the journey and formatting it each take tens of milliseconds on a big map: the editor gets
  // the thread back between them, as between the steps of the read.
  await pauseAsync();
  const placements = placeNotes(map);
  await pauseAsync();
  const journey = computeJourney(map, placements, {
    exportedAt: new Date().toISOString(),
    pluginVersion: PLUGIN_VERSION,
    page: api.currentPage.name,
    via: 'plugin',
    mapKind: inferred ? 'inferred' : 'tagged',
  });
  await pauseAsync();
  const text = formatJourney(journey, format);
  await savePreferencesAsync(api, { format, includeAuthors: request.includeAuthors ?? false });
  api.notify(USER_MESSAGES.mapExported(journey.summary.counts.notes, journey.summary.counts.unplaced));
  const warnings = map.warnings && map.warnings.length > 0 ? { warnings: map.warnings } : {};
  const sent = await postTextInChunksAsync(request.requestId, text, post);
  return { type: 'map-exported', requestId: request.requestId, format, journey, ...sent, ...warnings };
}
