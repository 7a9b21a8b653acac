import { planTidyMap } from '../core/plan-tidy-map';
import type { SandboxToUi, TidyMapRequest } from '../core/protocol';
import { USER_MESSAGES } from '../core/user-messages';
import { applyMapRearrangementAsync } from './apply-map-rearrangement-async';
import type { FigJamApi } from './figjam-api';
import { PluginError } from './plugin-error';
import { readMapForEditAsync } from './read-map-for-edit-async';

/** Puts a map's moved and resized parts back in their grid and every note fully into the cell it is in now. */
export async function handleTidyMapAsync(api: FigJamApi, request: TidyMapRequest): Promise<SandboxToUi> {
  const { requestId, mapId } = request;
  const { section, map, stored } = await readMapForEditAsync(api, mapId);
  const plan = planTidyMap(map, stored);
  if ('problem' in plan) throw new PluginError(plan.problem);
  const { partsChanged } = await applyMapRearrangementAsync(api, section, map, plan.rearrangement);
  const notesMoved = plan.rearrangement.notesMoved;
  api.notify(USER_MESSAGES.mapTidied(partsChanged, notesMoved));
  return { type: 'map-tidied', requestId, mapId: map.mapId, notesMoved, partsRestored: partsChanged };
}
