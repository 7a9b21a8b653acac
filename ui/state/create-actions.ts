import { batch } from '@preact/signals';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import type { RequestChannel } from '../channel/request-channel';
import { RequestError } from '../channel/request-error';
import { REQUEST_TIMEOUTS } from '../channel/request-timeouts';
import type { AppState } from './create-app-state';
import { computeSpecFromDraft } from './compute-spec-from-draft';
import { computeFieldKey, FORM_FIELD, parseFieldPath } from './field-key';
import type { SpecDraft } from './spec-draft';

/** Every change of the form goes through here: a problem the sandbox reported is stale once the form changes. */
export function editDraft(state: AppState, edit: (draft: SpecDraft) => SpecDraft): void {
  batch(() => {
    state.draft.value = edit(state.draft.value);
    if (Object.keys(state.sandboxFieldErrors.value).length > 0) state.sandboxFieldErrors.value = {};
    if (state.createStatus.value?.tone !== 'info') state.createStatus.value = null;
  });
}

function firstErrorField(fieldErrors: Readonly<Record<string, string>>): string | null {
  return Object.keys(fieldErrors)[0] ?? null;
}

export async function createMapAsync(state: AppState, channel: RequestChannel): Promise<void> {
  if (state.isCreating.value) return;
  const validation = state.validation.value;
  if (!validation.ok) {
    const count = Object.keys(validation.errors).length;
    batch(() => {
      state.showDraftErrors.value = true;
      state.createStatus.value = { tone: 'error', text: USER_MESSAGES.fixFields(count) };
      const field = firstErrorField(validation.errors);
      state.focusRequest.value = field === null ? null : { field };
    });
    return;
  }
  const draftSpec = computeSpecFromDraft(state.draft.value);
  batch(() => {
    state.isCreating.value = true;
    state.createStatus.value = { tone: 'info', text: USER_MESSAGES.drawingMap };
  });
  try {
    await channel.requestAsync(
      { type: 'create-map', spec: validation.spec },
      { timeoutMilliseconds: REQUEST_TIMEOUTS.createMap },
    );
    state.createStatus.value = {
      tone: 'success',
      text: USER_MESSAGES.mapCreated(validation.spec.stages.length, validation.spec.lanes.length),
    };
  } catch (error) {
    const requestError = error instanceof RequestError ? error : null;
    const text = requestError?.message ?? USER_MESSAGES.unexpected;
    const field = requestError?.field === undefined ? FORM_FIELD : computeFieldKey(parseFieldPath(requestError.field), draftSpec);
    batch(() => {
      state.createStatus.value = { tone: 'error', text };
      if (field !== FORM_FIELD) {
        state.sandboxFieldErrors.value = { [field]: text };
        state.focusRequest.value = { field };
      }
    });
  } finally {
    state.isCreating.value = false;
  }
}
