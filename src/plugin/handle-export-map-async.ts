import { NEAR_MAP_MARGIN, assembleMapSnapshots } from '../core/assemble-map-snapshots';
import { attachStamps } from '../core/attach-stamps';
import { computeJourney } from '../core/compute-journey';
import { formatJourney } from '../core/format-journey';
import type { ExportMapRequest, SandboxToUi } from '../core/protocol';
import { USER_MESSAGES } from '../core/user-messages';
import { findMapSection } from './find-map-section';
import type { FigJamApi } from './figjam-api';
import { PluginError } from './plugin-error';
import { readMapNotes } from './read-map-notes';
import { readMapStructure } from './read-map-structure';
import { readNotesNearMap } from './read-notes-near-map';
import { readStamps } from './read-stamps';

export async function handleExportMapAsync(api: FigJamApi, request: ExportMapRequest): Promise<SandboxToUi> {
  if (api.editorType !== 'figjam') throw new PluginError(USER_MESSAGES.notFigJam);
  const section = findMapSection(api, request.mapId);
  const options = { includeAuthors: request.includeAuthors ?? false };
  const structure = readMapStructure(section);
  const mapBounds = structure.tagged[0]!.bounds;
  const notes = attachStamps(
    [...readMapNotes(structure, options), ...readNotesNearMap(api.currentPage, mapBounds, NEAR_MAP_MARGIN, options)],
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
