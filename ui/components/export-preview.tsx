import type { ExportPreview as Preview } from '../state/compute-export-preview';
import { EmotionChart } from './emotion-chart';
import { NoteCountTable } from './note-count-table';
import { PainPointList } from './pain-point-list';
import { PositionScoredNotice } from './position-scored-notice';
import { UnplacedNoteList } from './unplaced-note-list';

export function ExportPreview({ preview }: { preview: Preview }) {
  return (
    <div class="preview">
      <section class="group" aria-labelledby="read-title">
        <h2 id="read-title" class="map-heading">
          {preview.title}
        </h2>
        {preview.whereNotesAre.map((sentence, index) => (
          <p key={index} class="hint">
            {sentence}
          </p>
        ))}
        <NoteCountTable preview={preview} />
      </section>
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
        <PainPointList notes={preview.topPainPoints} emptyText={preview.noTopPainPoints} />
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
