import { planTidyMap } from '../../core/edit/plan-tidy-map';
import type { SandboxToUi, TidyMapRequest } from '../../core/protocol/protocol';
import { USER_MESSAGES } from '../../core/shared/user-messages';
import { applyMapRearrangementAsync } from '../write/apply-map-rearrangement-async';
import { createProgressReporter } from '../platform/create-progress-reporter';
import { createRequestYieldBudget } from '../platform/yield-budget';
import type { YieldBudget } from '../platform/yield-budget';
import type { FigJamApi } from '../platform/figjam-api';
import type { Post } from '../platform/post';
import { PluginError } from '../platform/plugin-error';
import { readMapForEditAsync } from '../read/read-map-for-edit-async';

/**
 * Puts a map's moved and resized parts back in their grid, draws the parts people deleted, and puts every note
 * fully into the cell it is in now without covering another note. The panel hears how far the reading is, and
 * how many notes are about to move, before the one undo step is made.
 */
export async function handleTidyMapAsync(
  api: FigJamApi,
  request: TidyMapRequest,
  post?: Post,
  budget: YieldBudget = createRequestYieldBudget(post, request.requestId, USER_MESSAGES.readingNotes),
): Promise<SandboxToUi> {
  const { requestId, mapId } = request;
  const { section, map, stored } = await readMapForEditAsync(api, mapId, createProgressReporter(post, requestId, USER_MESSAGES.readingNotes, budget), budget);
  await budget.yieldAsync();
  const plan = planTidyMap(map, stored);
  if ('problem' in plan) throw new PluginError(plan.problem);
  const { notesMoved, notesLaidOut } = plan.rearrangement;
  await createProgressReporter(post, requestId, USER_MESSAGES.movingNotes, budget)({ done: 0, total: notesMoved });
  const applied = await applyMapRearrangementAsync(api, section, map, plan.rearrangement, { budget });
  const partsChanged = applied.partsChanged;
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
