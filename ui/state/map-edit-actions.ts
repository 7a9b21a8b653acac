import { batch } from '@preact/signals';
import type { TemplateSpec } from '../../src/core/template-spec';
import { USER_MESSAGES } from '../../src/core/user-messages';
import type { RequestChannel } from '../channel/request-channel';
import { describeRequestFailure, RequestError } from '../channel/request-error';
import { REQUEST_TIMEOUTS } from '../channel/request-timeouts';
import type { AppState } from './create-app-state';
import { computeFieldKey, FORM_FIELD, parseFieldPath } from './field-key';
import { createMapEditDraft } from './map-edit-draft';
import type { SpecDraft } from './spec-draft';

/** Every change of the map's rows goes through here: a question or a problem about the old rows is stale. */
export function editMapDraft(state: AppState, edit: (draft: SpecDraft) => SpecDraft): void {
  const draft = state.mapDraft.value;
  if (draft === null) return;
  batch(() => {
    state.mapDraft.value = edit(draft);
    state.pendingConfirmation.value = null;
    if (Object.keys(state.mapSandboxFieldErrors.value).length > 0) state.mapSandboxFieldErrors.value = {};
    if (!state.isUpdatingMap.value) state.mapEditStatus.value = null;
  });
}

/** Reads the map's spec and note counts, and starts the form over from them. `quiet` keeps the status line. */
export async function readMapSpecAsync(
  state: AppState,
  channel: RequestChannel,
  options: { mapId?: string; quiet?: boolean } = {},
): Promise<void> {
  const mapId = options.mapId ?? state.selectedMap.value?.mapId;
  if (mapId === undefined) {
    state.mapEditStatus.value = { tone: 'info', text: USER_MESSAGES.noMapChosen };
    return;
  }
  const sequence = ++state.mapSpecReadCount.value;
  batch(() => {
    state.isReadingMapSpec.value = true;
    state.pendingConfirmation.value = null;
    if (!options.quiet) state.mapEditStatus.value = { tone: 'info', text: USER_MESSAGES.readingMapSpec };
  });
  try {
    const answer = await channel.requestAsync({ type: 'read-map-spec', mapId }, { timeoutMilliseconds: REQUEST_TIMEOUTS.readMapSpec });
    if (sequence !== state.mapSpecReadCount.value) return;
    const title = state.maps.value.find((map) => map.mapId === mapId)?.title ?? answer.spec.title;
    batch(() => {
      state.mapEdit.value = { mapId, title, spec: answer.spec, notesByStage: answer.notesByStage, notesByLane: answer.notesByLane };
      state.mapDraft.value = createMapEditDraft(answer.spec);
      state.showMapDraftErrors.value = false;
      state.mapSandboxFieldErrors.value = {};
      if (!options.quiet) state.mapEditStatus.value = null;
    });
  } catch (error) {
    if (sequence !== state.mapSpecReadCount.value) return;
    batch(() => {
      state.mapEdit.value = null;
      state.mapDraft.value = null;
      state.mapEditStatus.value = { tone: 'error', text: describeRequestFailure(error) };
    });
  } finally {
    if (sequence === state.mapSpecReadCount.value) state.isReadingMapSpec.value = false;
  }
}

/** The form follows the chosen map, unless it holds changes not applied yet (the panel then says so). */
export async function followChosenMapAsync(state: AppState, channel: RequestChannel): Promise<void> {
  const chosen = state.selectedMap.value;
  if (chosen === null || state.mapEdit.value?.mapId === chosen.mapId || state.hasMapChanges.value) return;
  await readMapSpecAsync(state, channel, { mapId: chosen.mapId });
}

function namesOf(ids: readonly string[], parts: ReadonlyArray<{ id: string; name: string }>): string[] {
  return ids.map((id) => parts.find((part) => part.id === id)?.name ?? id);
}

async function sendUpdateAsync(
  state: AppState,
  channel: RequestChannel,
  update: { mapId: string; spec: TemplateSpec; keepNotesBeside: boolean },
): Promise<void> {
  const original = state.mapEdit.value?.spec;
  const draftSpec = state.mapDraftSpec.value;
  batch(() => {
    state.isUpdatingMap.value = true;
    state.pendingConfirmation.value = null;
    state.mapEditStatus.value = { tone: 'info', text: USER_MESSAGES.updatingMap };
  });
  try {
    const answer = await channel.requestAsync(
      { type: 'update-map', mapId: update.mapId, spec: update.spec, ...(update.keepNotesBeside ? { keepNotesBeside: true } : {}) },
      { timeoutMilliseconds: REQUEST_TIMEOUTS.changeMap },
    );
    if (answer.type === 'update-needs-confirmation') {
      batch(() => {
        state.pendingConfirmation.value = {
          mapId: update.mapId,
          spec: update.spec,
          notes: answer.notes,
          stages: namesOf(answer.stages, original?.stages ?? []),
          lanes: namesOf(answer.lanes, original?.lanes ?? []),
        };
        state.mapEditStatus.value = null;
      });
      return;
    }
    state.mapEditStatus.value = { tone: 'success', text: USER_MESSAGES.mapUpdated(answer.notesMoved, answer.notesKeptBeside) };
    await readMapSpecAsync(state, channel, { mapId: update.mapId, quiet: true });
  } catch (error) {
    const text = describeRequestFailure(error);
    const path = error instanceof RequestError ? error.field : undefined;
    const field = path === undefined || draftSpec === null ? FORM_FIELD : computeFieldKey(parseFieldPath(path), draftSpec);
    batch(() => {
      state.mapEditStatus.value = { tone: 'error', text };
      if (field !== FORM_FIELD) state.mapSandboxFieldErrors.value = { [field]: text };
    });
  } finally {
    state.isUpdatingMap.value = false;
  }
}

export async function applyMapChangesAsync(state: AppState, channel: RequestChannel): Promise<void> {
  const edit = state.mapEdit.value;
  const validation = state.mapDraftValidation.value;
  if (edit === null || validation === null || state.isUpdatingMap.value) return;
  if (!validation.ok) {
    batch(() => {
      state.showMapDraftErrors.value = true;
      state.mapEditStatus.value = { tone: 'error', text: USER_MESSAGES.fixFieldsToApply(Object.keys(validation.errors).length) };
    });
    return;
  }
  if (!state.hasMapChanges.value) {
    state.mapEditStatus.value = { tone: 'info', text: USER_MESSAGES.nothingToApply };
    return;
  }
  await sendUpdateAsync(state, channel, { mapId: edit.mapId, spec: validation.spec, keepNotesBeside: false });
}

/** The person agreed: the very update the sandbox asked about, now with its notes kept beside the map. */
export async function confirmMapUpdateAsync(state: AppState, channel: RequestChannel): Promise<void> {
  const pending = state.pendingConfirmation.value;
  if (pending === null || state.isUpdatingMap.value) return;
  await sendUpdateAsync(state, channel, { mapId: pending.mapId, spec: pending.spec, keepNotesBeside: true });
}

export function cancelMapUpdate(state: AppState): void {
  batch(() => {
    state.pendingConfirmation.value = null;
    state.mapEditStatus.value = { tone: 'info', text: USER_MESSAGES.updateCancelled };
  });
}
