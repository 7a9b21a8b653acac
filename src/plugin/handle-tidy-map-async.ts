import { planTidyMap } from '../core/plan-tidy-map';
import type { SandboxToUi } from '../core/protocol';
import { USER_MESSAGES } from '../core/user-messages';
import { applyMapRearrangementAsync } from './apply-map-rearrangement-async';
import type { FigJamApi } from './figjam-api';
import { PluginError } from './plugin-error';
import { readMapForEditAsync } from './read-map-for-edit-async';

/**
 * Puts a map's moved and resized parts back in their grid, draws the parts people deleted, and puts every note
 * fully into the cell it is in now without covering another note.
 */
export async function handleTidyMapAsync(api: FigJamApi, requestId: string, mapId: string): Promise<SandboxToUi> {
  const { section, map, stored } = await readMapForEditAsync(api, mapId);
  const plan = planTidyMap(map, stored);
  if ('problem' in plan) throw new PluginError(plan.problem);
  const applied = await applyMapRearrangementAsync(api, section, map, plan.rearrangement);
  const partsChanged = applied.partsChanged;
  const { notesMoved, notesLaidOut } = plan.rearrangement;
  api.notify(USER_MESSAGES.mapTidied(partsChanged, notesMoved, notesLaidOut));
  return {
    type: 'map-tidied',
    requestId,
    mapId: applied.mapId,
    notesMoved,
    partsRestored: partsChanged,
    ...(notesLaidOut > 0 ? { notesLaidOut } : {}),
  };
}
