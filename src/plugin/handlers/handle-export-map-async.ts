import { attachStamps } from '../../core/board/attach-stamps';
import { attachRecordedVotes } from '../../core/board/recorded-votes';
import type { MapSnapshot } from '../../core/board/board-snapshot';
import { computeJourney } from '../../core/journey/compute-journey';
import { placeNotes } from '../../core/placement/place-notes';
import { formatJourney } from '../../core/formats/format-journey';
import { gatherSelectedNotes } from '../../core/board/grid-inference/gather-selected-notes';
import { inferJourneyGrids } from '../../core/board/grid-inference/infer-journey-grid';
import type { ExportMapRequest, SandboxToUi } from '../../core/protocol/protocol';
import { USER_MESSAGES } from '../../core/shared/user-messages';
import { createProgressReporter } from '../platform/create-progress-reporter';
import { createRequestYieldBudget } from '../platform/yield-budget';
import type { YieldBudget } from '../platform/yield-budget';
import type { ReportProgressAsync } from '../platform/create-progress-reporter';
import { findMapCandidate, listMaps } from '../read/find-map-section';
import type { FigJamApi } from '../platform/figjam-api';
import { PluginError } from '../platform/plugin-error';
import { savePreferencesAsync } from '../platform/preferences-storage';
import { readSelectionBoardAsync } from '../read/read-selection-board';
import { NOTES_PER_STEP } from '../read/read-map-notes-async';
import { postTextInChunksAsync } from '../platform/post-text-in-chunks-async';
import { readNoteTagsAsync } from '../read/read-note-tags';
import { readStampsAsync } from '../read/read-stamps';
import { readTaggedMapAsync } from '../read/read-tagged-map-async';
import { requireFigJam } from '../platform/require-figjam';
import type { Post } from '../platform/post';

/** The steps after the notes are read: stamps and votes, the grid, the notes placed in it. */
const GRID_STEPS = 3;

/** A grid read in one step is found in a moment: only one read in several steps reports finding it. */
function isLargeSelection(board: { nodes: readonly unknown[] }): boolean {
  return board.nodes.length >= NOTES_PER_STEP;
}

/**
 * A grid drawn by hand (or from a community template), recognised in what is selected. The selection is read in
 * steps; between the steps that follow (each a pass over every note), Figma gets its main thread back and the
 * panel hears how far the export has got, so a workshop-sized grid never freezes FigJam in one long block.
 */
async function readInferredMapAsync(
  api: FigJamApi,
  request: ExportMapRequest,
  onStepAsync: ReportProgressAsync,
  onGridStepAsync: ReportProgressAsync,
  budget: YieldBudget,
): Promise<{ map: MapSnapshot; large: boolean }> {
  const board = await readSelectionBoardAsync(api.currentPage.selection, { includeAuthors: request.includeAuthors ?? false, onStepAsync, budget });
  const reportAsync: ReportProgressAsync = isLargeSelection(board) ? onGridStepAsync : () => budget.yieldAsync();
  await reportAsync({ done: 0, total: GRID_STEPS });
  const stamped = attachStamps(board.notes, await readStampsAsync(api.currentPage, budget));
  await budget.yieldAsync();
  const tags = await readNoteTagsAsync(api.currentPage, new Set(stamped.map((note) => note.id)), budget, 'votes');
  const notes = attachRecordedVotes(stamped, tags.votes);
  await reportAsync({ done: 1, total: GRID_STEPS });
  // The selection is the person's choice of grid: it needs no journey words to be read as one.
  const { maps, problems } = inferJourneyGrids(board.nodes, notes, { acceptAll: true });
  if (maps.length === 0) throw new PluginError(problems[0] ?? USER_MESSAGES.noMapFound);
  // Every selected note is exported: those outside the first grid found come back not placed, with a warning.
  const map = gatherSelectedNotes(maps, notes);
  await reportAsync({ done: 2, total: GRID_STEPS });
  return { map, large: isLargeSelection(board) };
}

/** A selection that holds no map Journey Lanes drew is read as a hand-drawn grid. */
function isHandDrawnSelection(api: FigJamApi, request: ExportMapRequest): boolean {
  if (request.mapId !== undefined || api.currentPage.selection.length === 0) return false;
  return !listMaps(api).some((map) => map.selected);
}

export async function handleExportMapAsync(
  api: FigJamApi,
  request: ExportMapRequest,
  post: Post,
  budget: YieldBudget = createRequestYieldBudget(post, request.requestId, USER_MESSAGES.readingNotes),
): Promise<SandboxToUi> {
  requireFigJam(api);
  const inferred = isHandDrawnSelection(api, request);
  const onStepAsync = createProgressReporter(post, request.requestId, USER_MESSAGES.readingNotes, budget);
  const onGridStepAsync = createProgressReporter(post, request.requestId, USER_MESSAGES.findingGrid, budget);
  const candidate = inferred ? null : findMapCandidate(api, request.mapId);
  const { map, large } =
    candidate === null
      ? await readInferredMapAsync(api, request, onStepAsync, onGridStepAsync, budget)
      : {
          map: await readTaggedMapAsync(api, candidate.section, {
            includeAuthors: request.includeAuthors ?? false,
            knownAs: candidate.mapId,
            onStepAsync,
            budget,
          }),
          large: false,
        };
  const format = request.format ?? 'json';
  // Placing, building the journey and formatting it each take tens of milliseconds on a big map: the editor gets
  // the thread back between them, as between the steps of the read.
  await budget.yieldAsync();
  const placements = placeNotes(map);
  if (large) await onGridStepAsync({ done: GRID_STEPS, total: GRID_STEPS });
  else await budget.yieldAsync();
  const journey = computeJourney(map, placements, {
    exportedAt: new Date().toISOString(),
    pluginVersion: PLUGIN_VERSION,
    page: api.currentPage.name,
    via: 'plugin',
    mapKind: inferred ? 'inferred' : 'tagged',
  });
  await budget.yieldAsync();
  const text = formatJourney(journey, format);
  await savePreferencesAsync(api, { format, includeAuthors: request.includeAuthors ?? false });
  api.notify(USER_MESSAGES.mapExported(journey.summary.counts.notes, journey.summary.counts.unplaced));
  const warnings = map.warnings && map.warnings.length > 0 ? { warnings: map.warnings } : {};
  const sent = await postTextInChunksAsync(request.requestId, text, post);
  return { type: 'map-exported', requestId: request.requestId, format, journey, ...sent, ...warnings };
}
