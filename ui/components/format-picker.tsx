import { EXPORT_FORMATS } from '../../src/core/journey/journey-schema';
import type { ExportFormat } from '../../src/core/journey/journey-schema';
import { useApp } from './app-context';

export const FORMAT_LABELS: Record<ExportFormat, string> = { json: 'JSON', csv: 'CSV', markdown: 'Markdown', mermaid: 'Mermaid' };

export function FormatPicker() {
  const { state, actions } = useApp();
  return (
    <fieldset class="group inline-group">
      <legend class="label">Format</legend>
      <div class="segmented">
        {EXPORT_FORMATS.map((format) => (
          <label key={format} class="segment">
            <input
              type="radio"
              name="export-format"
              value={format}
              checked={state.format.value === format}
              onChange={() => void actions.setExportOption({ format })}
            />
            <span>{FORMAT_LABELS[format]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
