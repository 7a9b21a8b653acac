import { useApp } from './app-context';
import { CompareWith } from './compare-with';
import { ExportPreview } from './export-preview';
import { FormatPicker } from './format-picker';
import { MapWarningList } from './map-warning-list';
import { MapPicker } from './map-picker';
import { OutputPreview } from './output-preview';
import { RequestProgress } from './request-progress';
import { StatusLine } from './status-line';

export function ExportPanel() {
  const { state, actions } = useApp();
  const preview = state.exportPreview.value;
  const result = state.exportResult.value;
  const hasText = result !== null && !state.isExporting.value && !state.isFormatting.value;
  return (
    <div class="panel-body">
      <MapPicker onChoose={(mapId) => void actions.setExportOption({ mapId })} />
      <FormatPicker />
      <label class="check-label">
        <input
          type="checkbox"
          class="checkbox"
          checked={state.includeAuthors.value}
          onChange={(event) => void actions.setExportOption({ includeAuthors: event.currentTarget.checked })}
        />
        Include note authors
      </label>
      <div class="actions">
        <button
          type="button"
          class="button primary"
          aria-describedby="export-status"
          aria-disabled={state.isExporting.value}
          onClick={() => {
            if (!state.isExporting.value) void actions.readMapAsync();
          }}
        >
          {state.isExporting.value ? 'Reading…' : preview === null ? 'Read map' : 'Read again'}
        </button>
        <RequestProgress
          id="export-status"
          label="Reading the map"
          busy={state.isExporting.value}
          progress={state.exportProgress.value}
          status={state.exportStatus.value}
        />
      </div>
      {result !== null && !state.isExporting.value && <MapWarningList warnings={result.warnings ?? []} />}
      {preview !== null && result !== null && (state.isFormatting.value || result.format === state.format.value) && (
        <OutputPreview format={state.format.value} text={state.isFormatting.value ? null : result.text} />
      )}
      {preview !== null && <ExportPreview preview={preview} />}
      {preview !== null && (
        <div class="actions">
          <div class="button-row">
            <button type="button" class="button primary" disabled={!hasText} onClick={() => actions.download()}>
              Download
            </button>
            <button
              type="button"
              class="button secondary"
              disabled={!hasText}
              aria-describedby="output-status"
              onClick={() => void actions.copyAsync()}
            >
              Copy
            </button>
          </div>
          <StatusLine id="output-status" status={state.outputStatus.value} />
        </div>
      )}
      <CompareWith />
    </div>
  );
}
