import { NEAR_MAP_MARGIN, assembleMapSnapshots } from '../core/assemble-map-snapshots';
import { attachStamps } from '../core/attach-stamps';
import { computeJourney } from '../core/compute-journey';
import { formatJourney } from '../core/format-journey';
import type { ExportMapRequest, SandboxToUi } from '../core/protocol';
import { USER_MESSAGES } from '../core/user-messages';
import { findMapSection } from './find-map-section';
import type { FigJamApi } from './figjam-api';
import { PluginError } from './plugin-error';
import { readMapNotesAsync } from './read-map-notes-async';
import { readMapStructure } from './read-map-structure';
import { readNotesNearMap } from './read-notes-near-map';
import { readStamps } from './read-stamps';

function pauseAsync(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Reads the map in steps with progress, so a board of tens of thousands of notes never freezes the editor. */
export async function handleExportMapAsync(
  api: FigJamApi,
  request: ExportMapRequest,
  post: (message: SandboxToUi) => void,
): Promise<SandboxToUi> {
  if (api.editorType !== 'figjam') throw new PluginError(USER_MESSAGES.notFigJam);
  const section = findMapSection(api, request.mapId);
  const includeAuthors = request.includeAuthors ?? false;
  const structure = readMapStructure(section);
  const mapBounds = structure.tagged[0]!.bounds;
  const mapNotes = await readMapNotesAsync(structure, {
    includeAuthors,
    onStepAsync: async ({ done, total }) => {
      post({ type: 'progress', requestId: request.requestId, phase: USER_MESSAGES.readingNotes, done, total });
      await pauseAsync();
    },
  });
  const notes = attachStamps(
    [...mapNotes, ...readNotesNearMap(api.currentPage, mapBounds, NEAR_MAP_MARGIN, { includeAuthors })],
    readStamps(api.currentPage),
  );
  const { maps, problems } = assembleMapSnapshots(structure.tagged, notes);
  const map = maps[0];
  if (!map) throw new PluginError(problems[0] ?? USER_MESSAGES.noMapFound);
  const format = request.format ?? 'json';
  const journey = computeJourney(map, {
    exportedAt: new Date().toISOString(),
    pluginVersion: PLUGIN_VERSION,
    page: api.currentPage.name,
    via: 'plugin',
    mapKind: 'tagged',
  });
  const text = formatJourney(journey, format);
  const placed = journey.summary.counts.notes - journey.summary.counts.unplaced;
  api.notify(USER_MESSAGES.mapExported(placed + journey.summary.counts.unplaced, journey.summary.counts.unplaced));
  return { type: 'map-exported', requestId: request.requestId, format, journey, text };
}
