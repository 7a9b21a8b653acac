import { batch } from '@preact/signals';
import type { SandboxToUi } from '../../src/core/protocol/protocol';
import type { TemplateSpec } from '../../src/core/template/template-spec';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import type { RequestChannel } from '../channel/request-channel';
import { describeRequestFailure, RequestError } from '../channel/request-error';
import { REQUEST_TIMEOUTS } from '../channel/request-timeouts';
import type { AppState, StatusMessage } from './create-app-state';
import { computeFieldKey, FORM_FIELD, parseFieldPath } from './field-key';
import { listMapsAsync } from './export-actions';
import { createMapEditDraft, hasStructureChanges } from './map-edit-draft';
import { mergeMapEdits } from './merge-map-edits';
import type { MergedMapEdits } from './merge-map-edits';
import type { SpecDraft } from './spec-draft';

type MapSpecAnswer = Extract<SandboxToUi, { type: 'map-spec' }>;

/** Every change of the map's rows goes through here: a question or a problem about the old rows is stale. */
export function editMapDraft(state: AppState, edit: (draft: SpecDraft) => SpecDraft): void {
  const draft = state.mapDraft.value;
  if (draft === null) return;
  batch(() => {
    state.mapDraft.value = edit(draft);
    state.mapDraftRevision.value++;
    state.pendingConfirmation.value = null;
    if (Object.keys(state.mapSandboxFieldErrors.value).length > 0) state.mapSandboxFieldErrors.value = {};
    if (!state.isUpdatingMap.value) state.mapEditStatus.value = null;
  });
}

/**
 * Reads the map's spec and note counts, and starts the form over from them. `quiet` keeps the status line.
 * `keepChanges` keeps a form with changes not applied yet: only its note counts follow the board then.
 * Whatever the options, changes made or sent after the read was sent are kept (its answer is older than them),
 * and the status line is cleared only while it still shows this read's own sentence.
 */
export async function readMapSpecAsync(
  state: AppState,
  channel: RequestChannel,
  options: { mapId?: string; quiet?: boolean; keepChanges?: boolean } = {},
): Promise<void> {
  const mapId = options.mapId ?? state.selectedMap.value?.mapId;
  if (mapId === undefined) {
    state.mapEditStatus.value = { tone: 'info', text: USER_MESSAGES.noMapChosen };
    return;
  }
  const sequence = ++state.mapSpecReadCount.value;
  const revision = state.mapDraftRevision.value;
  const keepsChanges = () =>
    state.hasMapChanges.value &&
    (state.mapDraftRevision.value !== revision || (options.keepChanges === true && state.mapEdit.value?.mapId === mapId));
  const readingStatus: StatusMessage | null = options.quiet ? null : { tone: 'info', text: USER_MESSAGES.readingMapSpec };
  batch(() => {
    state.isReadingMapSpec.value = true;
    if (!keepsChanges()) state.pendingConfirmation.value = null;
    if (readingStatus !== null) state.mapEditStatus.value = readingStatus;
  });
  try {
    const answer = await channel.requestAsync({ type: 'read-map-spec', mapId }, { timeoutMilliseconds: REQUEST_TIMEOUTS.readMapSpec });
    if (sequence !== state.mapSpecReadCount.value) return;
    if (keepsChanges()) return keepChangesWithCounts(state, mapId, answer);
    const title = state.maps.value.find((map) => map.mapId === mapId)?.title ?? answer.spec.title;
    batch(() => {
      state.mapEdit.value = { mapId, title, spec: answer.spec, notesByStage: answer.notesByStage, notesByLane: answer.notesByLane };
      state.mapDraft.value = createMapEditDraft(answer.spec);
      state.showMapDraftErrors.value = false;
      state.mapSandboxFieldErrors.value = {};
      state.pendingConfirmation.value = null;
    });
  } catch (error) {
    // Changes not applied are never dropped for a failed read; applying reads the map again and says what failed.
    if (sequence !== state.mapSpecReadCount.value || keepsChanges()) return;
    batch(() => {
      state.mapEdit.value = null;
      state.mapDraft.value = null;
      state.mapEditStatus.value = { tone: 'error', text: describeRequestFailure(error) };
    });
  } finally {
    batch(() => {
      if (sequence === state.mapSpecReadCount.value) state.isReadingMapSpec.value = false;
      // A status line set since (an update under way, its outcome, a failure) is newer news than this read's end.
      if (readingStatus !== null && state.mapEditStatus.value === readingStatus) state.mapEditStatus.value = null;
    });
  }
}

/**
 * The form keeps the person's changes; the note counts are the board's now, and a change on the board is told.
 * An answer about another map than the form's leaves the form alone: the panel says the chosen map differs.
 */
function keepChangesWithCounts(state: AppState, mapId: string, answer: MapSpecAnswer): void {
  const edit = state.mapEdit.value;
  if (edit === null || edit.mapId !== mapId) return;
  batch(() => {
    state.mapEdit.value = { ...edit, notesByStage: answer.notesByStage, notesByLane: answer.notesByLane };
    if (hasStructureChanges(answer.spec, edit.spec)) {
      state.mapEditStatus.value = { tone: 'info', text: USER_MESSAGES.boardChangedUnderEdits };
    }
  });
}

/**
 * Reads the map being edited again without a word in the status line, after something may have changed it on
 * the board. A form without changes starts over from the board; one with changes keeps them.
 */
export async function refreshMapSpecAsync(state: AppState, channel: RequestChannel, mapId = state.selectedMap.value?.mapId): Promise<void> {
  if (mapId === undefined || state.mapEdit.value?.mapId !== mapId) return;
  await readMapSpecAsync(state, channel, { mapId, quiet: true, keepChanges: true });
}

/** On opening the Edit tab: the board may have changed while another tab was open. */
export async function refreshEditTabAsync(state: AppState, channel: RequestChannel): Promise<void> {
  await listMapsAsync(state, channel);
  await refreshMapSpecAsync(state, channel);
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

/** One update at a time: the Apply button says so while it runs, and the status line tells how it went. */
async function runUpdateAsync(state: AppState, runAsync: () => Promise<void>): Promise<void> {
  batch(() => {
    state.isUpdatingMap.value = true;
    // A read sent before this update must not put back the form the update sends.
    state.mapDraftRevision.value++;
    state.mapEditProgress.value = null;
    state.pendingConfirmation.value = null;
    state.mapEditStatus.value = { tone: 'info', text: USER_MESSAGES.updatingMap };
    if (state.mapActionStatus.value?.tone === 'success') state.mapActionStatus.value = null;
  });
  try {
    await runAsync();
  } finally {
    batch(() => {
      state.isUpdatingMap.value = false;
      state.mapEditProgress.value = null;
    });
  }
}

interface MapUpdate {
  mapId: string;
  merged: MergedMapEdits;
  /** The map's stages and lanes on the board, to name the parts the sandbox asks about. */
  board: TemplateSpec;
}

async function sendUpdateAsync(state: AppState, channel: RequestChannel, update: MapUpdate, keepNotesBeside: boolean): Promise<void> {
  const { mapId, merged } = update;
  try {
    const answer = await channel.requestAsync(
      { type: 'update-map', mapId, spec: merged.spec, ...(keepNotesBeside ? { keepNotesBeside: true } : {}) },
      { timeoutMilliseconds: REQUEST_TIMEOUTS.changeMap, onProgress: (progress) => (state.mapEditProgress.value = progress) },
    );
    state.mapEditProgress.value = null;
    if (answer.type === 'update-needs-confirmation') {
      batch(() => {
        state.pendingConfirmation.value = {
          ...update,
          notes: answer.notes,
          stages: namesOf(answer.stages, update.board.stages),
          lanes: namesOf(answer.lanes, update.board.lanes),
        };
        state.mapEditStatus.value = null;
      });
      return;
    }
    const smaller = answer.namesDrawnSmaller === undefined ? '' : ` ${USER_MESSAGES.namesDrawnSmaller(answer.namesDrawnSmaller)}`;
    state.mapEditStatus.value = { tone: 'success', text: `${USER_MESSAGES.mapUpdated(answer.notesMoved, answer.notesKeptBeside)}${smaller}` };
    // With its changes applied the form follows the chosen map again, which another map may have become meanwhile
    // (a duplicate, a pick on the board); the status line keeps the update's outcome.
    await readMapSpecAsync(state, channel, { mapId: state.selectedMap.value?.mapId ?? mapId, quiet: true });
  } catch (error) {
    showUpdateFailure(state, error, merged);
  }
}

function showUpdateFailure(state: AppState, error: unknown, merged: MergedMapEdits): void {
  const text = describeRequestFailure(error);
  const path = error instanceof RequestError ? error.field : undefined;
  const field = path === undefined ? FORM_FIELD : computeFieldKey(parseFieldPath(path), merged);
  batch(() => {
    state.mapEditStatus.value = { tone: 'error', text };
    if (field !== FORM_FIELD) state.mapSandboxFieldErrors.value = { [field]: text };
  });
}

/**
 * Reads the map again and applies the person's changes to it as it is now, so that a name someone changed on
 * the board since the form was read is not put back.
 */
export async function applyMapChangesAsync(state: AppState, channel: RequestChannel): Promise<void> {
  const edit = state.mapEdit.value;
  const draftSpec = state.mapDraftSpec.value;
  const validation = state.mapDraftValidation.value;
  if (edit === null || draftSpec === null || validation === null || state.isUpdatingMap.value) return;
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
  await runUpdateAsync(state, async () => {
    let board: MapSpecAnswer;
    try {
      board = await channel.requestAsync({ type: 'read-map-spec', mapId: edit.mapId }, { timeoutMilliseconds: REQUEST_TIMEOUTS.readMapSpec });
    } catch (error) {
      state.mapEditStatus.value = { tone: 'error', text: describeRequestFailure(error) };
      return;
    }
    const merged = mergeMapEdits({ base: edit.spec, edited: { ...draftSpec, spec: validation.spec }, board: board.spec });
    if (!hasStructureChanges(merged.spec, board.spec)) {
      // Someone made the very same changes on the board meanwhile.
      batch(() => {
        state.mapEdit.value = { ...edit, spec: board.spec, notesByStage: board.notesByStage, notesByLane: board.notesByLane };
        state.mapDraft.value = createMapEditDraft(board.spec);
        state.mapEditStatus.value = { tone: 'info', text: USER_MESSAGES.nothingToApply };
      });
      return;
    }
    await sendUpdateAsync(state, channel, { mapId: edit.mapId, merged, board: board.spec }, false);
  });
}

/** The person agreed: the very update the sandbox asked about, now with its notes kept beside the map. */
export async function confirmMapUpdateAsync(state: AppState, channel: RequestChannel): Promise<void> {
  const pending = state.pendingConfirmation.value;
  if (pending === null || state.isUpdatingMap.value) return;
  await runUpdateAsync(state, () => sendUpdateAsync(state, channel, pending, true));
}

export function cancelMapUpdate(state: AppState): void {
  batch(() => {
    state.pendingConfirmation.value = null;
    state.mapEditStatus.value = { tone: 'info', text: USER_MESSAGES.updateCancelled };
  });
}
