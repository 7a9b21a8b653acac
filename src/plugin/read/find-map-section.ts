import type { MapSummary } from '../../core/protocol/protocol';
import { TAG_KEYS, TAG_NAMESPACE } from '../../core/board/map-tags';
import { USER_MESSAGES } from '../../core/shared/user-messages';
import type { FigJamApi, FigJamSection } from '../platform/figjam-api';
import { PluginError } from '../platform/plugin-error';
import { findMapSections } from './read-map-structure';

interface MapCandidate {
  section: FigJamSection;
  mapId: string;
  nodeId: string;
}

/**
 * A map copied in FigJam keeps its plugin data, so two sections carry one map id. The first in page order keeps
 * it; each copy is known by the id with a suffix ("-2", "-3"), as the export names copied lanes, until its first
 * edit gives it an id of its own (see separateCopiedMap).
 */
function readCandidates(api: FigJamApi): MapCandidate[] {
  const taken = new Set<string>();
  return findMapSections(api.currentPage).map((section) => {
    const tagged = section.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.mapId);
    let mapId = tagged;
    for (let copy = 2; taken.has(mapId); copy++) mapId = `${tagged}-${copy}`;
    taken.add(mapId);
    return { section, mapId, nodeId: section.id };
  });
}

/**
 * The id a map section is known by: its tagged id (read by the caller), or the copy's suffixed one (see
 * readCandidates). With one map on the page, nothing more is read.
 */
export function readMapIdOf(api: FigJamApi, section: FigJamSection, taggedId: string): string {
  if (findMapSections(api.currentPage).length === 1) return taggedId;
  const sectionId = section.id;
  const found = readCandidates(api).find((candidate) => candidate.nodeId === sectionId);
  return found ? found.mapId : taggedId;
}

/** Ids of the map sections that hold the selection (or are selected), walking up from each selected node. */
function readSelectedMapNodeIds(api: FigJamApi, mapNodeIds: ReadonlySet<string>): Set<string> {
  const selected = new Set<string>();
  for (const node of api.currentPage.selection) {
    let current: { id: string; parent: unknown } | null = node;
    while (current) {
      const id = current.id;
      if (mapNodeIds.has(id)) {
        selected.add(id);
        break;
      }
      const parent = current.parent as { id: string; parent: unknown; type: string } | null;
      current = parent && parent.type !== 'PAGE' ? parent : null;
    }
  }
  return selected;
}

export function listMaps(api: FigJamApi): MapSummary[] {
  const candidates = readCandidates(api);
  const selected = readSelectedMapNodeIds(api, new Set(candidates.map((candidate) => candidate.nodeId)));
  return candidates.map((candidate) => ({
    mapId: candidate.mapId,
    nodeId: candidate.nodeId,
    title: candidate.section.name,
    kind: 'tagged',
    selected: selected.has(candidate.nodeId),
  }));
}

/** The map a request means: the one named, else the only one, else the one holding the selection. */
export function findMapSection(api: FigJamApi, mapId: string | undefined): FigJamSection {
  return findMapCandidate(api, mapId).section;
}

/** The map a request means (see findMapSection), with the id it is known by (see readCandidates). */
export function findMapCandidate(api: FigJamApi, mapId: string | undefined): { section: FigJamSection; mapId: string } {
  const candidates = readCandidates(api);
  if (mapId !== undefined) {
    const named = candidates.find((candidate) => candidate.mapId === mapId || candidate.nodeId === mapId);
    if (!named) throw new PluginError(USER_MESSAGES.mapNotFound, 'mapId');
    return named;
  }
  if (candidates.length === 0) throw new PluginError(USER_MESSAGES.noMapFound);
  if (candidates.length === 1) return candidates[0]!;
  const selected = readSelectedMapNodeIds(api, new Set(candidates.map((candidate) => candidate.nodeId)));
  const chosen = candidates.filter((candidate) => selected.has(candidate.nodeId));
  if (chosen.length !== 1) throw new PluginError(USER_MESSAGES.severalMaps(candidates.length));
  return chosen[0]!;
}
