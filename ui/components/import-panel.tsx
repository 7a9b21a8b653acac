import { useEffect } from 'preact/hooks';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import { useApp } from './app-context';
import { ProblemList } from './problem-list';
import { RequestProgress } from './request-progress';

const IMPORT_TEXT_ID = 'import-text';

export function ImportPanel() {
  const { state, actions } = useApp();
  const isImporting = state.isImporting.value;
  const errorPlace = state.importErrorPlace.value;
  // The place where the text stops being JSON is selected, so the person lands on it to fix it.
  useEffect(() => {
    const box = document.getElementById(IMPORT_TEXT_ID);
    if (errorPlace === null || !(box instanceof HTMLTextAreaElement)) return;
    box.focus();
    box.setSelectionRange(errorPlace.offset, Math.min(errorPlace.offset + 1, box.value.length));
  }, [errorPlace]);
  return (
    <div class="panel-body">
      <div class="field">
        <label class="label" for={IMPORT_TEXT_ID}>
          Journey JSON
        </label>
        <textarea
          id={IMPORT_TEXT_ID}
          class="input code-input"
          rows={10}
          spellcheck={false}
          aria-describedby="import-hint"
          value={state.importText.value}
          onInput={(event) => actions.setImportText(event.currentTarget.value)}
        />
        <p id="import-hint" class="hint">
          {USER_MESSAGES.importHint}
        </p>
      </div>
      <div class="field">
        <label class="label" for="import-file">
          Journey file
        </label>
        <input
          id="import-file"
          class="file-input"
          type="file"
          accept=".json,application/json,text/plain"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Cleared, so that choosing the same file again after fixing it reads it again.
            event.currentTarget.value = '';
            if (file) void actions.readImportFileAsync(file);
          }}
        />
      </div>
      <div class="actions">
        <button
          type="button"
          class="button primary"
          aria-describedby="import-status"
          aria-disabled={isImporting}
          onClick={() => void actions.importMapAsync()}
        >
          {isImporting ? 'Importing…' : 'Import'}
        </button>
        <RequestProgress
          id="import-status"
          label="Importing the journey"
          busy={isImporting}
          progress={state.importProgress.value}
          status={state.importStatus.value}
        />
      </div>
      <ProblemList id="import-problems" problems={state.importProblems.value} />
    </div>
  );
}
