import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import type { ExportPreview as Preview } from '../state/compute-export-preview';
import { EmotionChart } from './emotion-chart';
import { NoteCountTable } from './note-count-table';
import { PainPointList } from './pain-point-list';
import { PositionScoredNotice } from './position-scored-notice';
import { UnplacedNoteList } from './unplaced-note-list';

/** `warnings`: parts the map lacks on the board (a deleted lane, header, title or persona), as the export said. */
export function ExportPreview({ preview, warnings = [] }: { preview: Preview; warnings?: readonly string[] }) {
  return (
    <div class="preview">
      <section class="group" aria-labelledby="read-title">
        <h2 id="read-title" class="map-heading">
          {preview.title}
        </h2>
        <p class="hint">
          {USER_MESSAGES.readSummary(preview.noteCount, preview.stageNames.length, preview.lanes.length)}
        </p>
        {preview.personaCount > 0 && <p class="hint">{USER_MESSAGES.personaNotesRead(preview.personaCount)}</p>}
        <NoteCountTable preview={preview} />
      </section>
      {warnings.length > 0 && (
        <section class="group" aria-labelledby="warnings-title">
          <h2 id="warnings-title" class="group-title">
            {USER_MESSAGES.mapWarningsHeading}
          </h2>
          <ul class="rows">
            {warnings.map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        </section>
      )}
      <section class="group" aria-labelledby="emotion-title">
        <h2 id="emotion-title" class="group-title">
          Emotion curve
        </h2>
        <EmotionChart points={preview.emotion} />
        <PositionScoredNotice positionScored={preview.positionScored} />
      </section>
      <section class="group" aria-labelledby="pain-title">
        <h2 id="pain-title" class="group-title">
          Top pain points
        </h2>
        <PainPointList notes={preview.topPainPoints} />
      </section>
      <section class="group" aria-labelledby="unplaced-title">
        <h2 id="unplaced-title" class="group-title">
          Not in a cell ({preview.unplacedCount})
        </h2>
        <UnplacedNoteList notes={preview.unplaced} notShown={preview.unplacedNotShown} />
      </section>
    </div>
  );
}
