import { planMapUpdate } from '../../core/edit/plan-map-update';
import type { SandboxToUi, UpdateMapRequest } from '../../core/protocol/protocol';
import { USER_MESSAGES, truncateForNotify } from '../../core/shared/user-messages';
import { applyMapRearrangementAsync } from '../write/apply-map-rearrangement-async';
import { createProgressReporter } from '../platform/create-progress-reporter';
import { createRequestYieldBudget } from '../platform/yield-budget';
import type { YieldBudget } from '../platform/yield-budget';
import type { FigJamApi } from '../platform/figjam-api';
import { parseSpecOrThrow } from './parse-spec-or-throw';
import { withDrawnMapParts } from '../../core/template/with-new-map-parts';
import { readMapForEditAsync } from '../read/read-map-for-edit-async';
import { keepUnsentSpecFields } from '../../core/edit/keep-unsent-spec-fields';

type Post = (message: SandboxToUi) => void;

/**
 * Changes a drawn map's stages and lanes in place. Nothing changes until the spec is valid and, when removed
 * stages or lanes hold notes, until the person agreed to keep those notes beside the map.
 */
export async function handleUpdateMapAsync(
  api: FigJamApi,
  request: UpdateMapRequest,
  post?: Post,
  budget: YieldBudget = createRequestYieldBudget(post, request.requestId, USER_MESSAGES.readingNotes),
): Promise<SandboxToUi> {
  const requested = parseSpecOrThrow(request.spec);
  const onStepAsync = createProgressReporter(post, request.requestId, USER_MESSAGES.readingNotes, budget);
  const { section, map, stored } = await readMapForEditAsync(api, request.mapId, onStepAsync, budget);
  const spec = withDrawnMapParts(keepUnsentSpecFields(stored, requested, request.spec), { personaSlots: map.persona?.slots !== undefined, parkingLot: map.parkingLot !== undefined });
  await budget.yieldAsync();
  const plan = planMapUpdate(map, spec, request.keepNotesBeside ?? false);
  if (plan.kind === 'needs-confirmation') {
    return { type: 'update-needs-confirmation', requestId: request.requestId, mapId: map.mapId, notes: plan.notes, stages: plan.stages, lanes: plan.lanes };
  }
  const { notesMoved, notesKeptBeside } = plan.rearrangement;
  await createProgressReporter(post, request.requestId, USER_MESSAGES.movingNotes, budget)({ done: 0, total: notesMoved });
  const applied = await applyMapRearrangementAsync(api, section, map, plan.rearrangement, { budget });
  const namesDrawnSmaller = plan.rearrangement.layout.stageHeaders.filter((header) => header.smaller === true).map((header) => header.name);
  const smaller = namesDrawnSmaller.length === 0 ? '' : ` ${USER_MESSAGES.namesDrawnSmaller(namesDrawnSmaller)}`;
  api.notify(truncateForNotify(`${USER_MESSAGES.mapUpdated(notesMoved, notesKeptBeside)}${smaller}`));
  return {
    type: 'map-updated',
    requestId: request.requestId,
    mapId: applied.mapId,
    notesMoved,
    notesKeptBeside,
    ...(namesDrawnSmaller.length > 0 ? { namesDrawnSmaller } : {}),
  };
}
