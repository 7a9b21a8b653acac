import { useMemo } from 'preact/hooks';
import type { ExportFormat } from '../../src/core/journey/journey-schema';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import { computeOutputPreview } from '../state/compute-output-preview';
import { FORMAT_LABELS } from './format-picker';

/**
 * The first lines of what Download and Copy give, in the chosen format, so a change of format shows what it
 * makes. `text` is null while the chosen format's text is being made: the text on hand is another format's.
 */
export function OutputPreview({ format, text }: { format: ExportFormat; text: string | null }) {
  const preview = useMemo(() => (text === null ? null : computeOutputPreview(text)), [text]);
  return (
    <section class="group" aria-labelledby="output-title" aria-busy={preview === null}>
      <h2 id="output-title" class="group-title">
        {USER_MESSAGES.outputPreviewHeading(FORMAT_LABELS[format])}
      </h2>
      {preview === null ? (
        <p class="hint">{USER_MESSAGES.formattingExport}</p>
      ) : (
        <>
          {/*
           * Focusable, so that a keyboard can scroll the lines taller than the box. Each line is a block of its own,
           * so a long line wraps under a hanging indent and a new line is visibly a new line.
           */}
          <pre class="output-text" tabIndex={0} aria-describedby="output-lines">
            {preview.text.split('\n').map((line, index) => (
              <span key={index} class="output-line">
                {line}
              </span>
            ))}
          </pre>
          <p id="output-lines" class="hint">
            {USER_MESSAGES.outputPreviewLines(preview.shownLines, preview.totalLines)}
          </p>
        </>
      )}
    </section>
  );
}
