import type { ComparedNote, ComparedStage, JourneyComparison } from '../../src/core/compare/journey-comparison-schema';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';

const TEXT = USER_MESSAGES.comparison;

function formatScore(score: number | null): string {
  if (score === null) return '–';
  return score > 0 ? `+${score}` : String(score);
}

function stageLabel(stage: ComparedStage): string {
  if (stage.presence === 'before') return `${stage.name} ${TEXT.onlyBefore}`;
  if (stage.presence === 'after') return `${stage.name} ${TEXT.onlyAfter}`;
  return stage.name;
}

interface ListedNote {
  key: string;
  text: string;
  detail: string;
}

function NoteList({ id, heading, notes }: { id: string; heading: string; notes: readonly ListedNote[] }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id} class="group-title">
        {heading} ({notes.length})
      </h3>
      {notes.length === 0 ? (
        <p class="hint">{TEXT.none}</p>
      ) : (
        <ul class="comparison-list">
          {notes.map((note) => (
            <li key={note.key}>
              {note.text || USER_MESSAGES.emptyNote} <span class="hint">({note.detail})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function listNotes(stages: readonly ComparedStage[], pick: (stage: ComparedStage) => readonly ComparedNote[]): ListedNote[] {
  return stages.flatMap((stage) => pick(stage).map((note) => ({ key: `${stage.id}:${note.id}`, text: note.text, detail: stage.name })));
}

/** A comparison as the panel shows it: emotion and votes by stage in a table, then what happened to each pain point. */
export function ComparisonView({ comparison }: { comparison: JourneyComparison }) {
  const kept = comparison.stages.flatMap((stage) =>
    stage.painPoints.kept.map((note) => ({ key: `${stage.id}:${note.id}`, text: note.text, detail: `${stage.name}; ${TEXT.votesMoved(note.before.votes, note.votes)}` })),
  );
  return (
    <div class="comparison">
      <p>{TEXT.title(comparison.before.title, comparison.after.title)}</p>
      <div class="table-scroll" role="region" aria-labelledby="comparison-caption" tabIndex={0}>
        <table class="count-table">
          <caption id="comparison-caption">{TEXT.emotionHeading}</caption>
          <thead>
            <tr>
              {TEXT.columns.map((column, index) => (
                <th key={index} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.stages.map((stage) => (
              <tr key={`${stage.presence}:${stage.id}`}>
                <th scope="row">{stageLabel(stage)}</th>
                <td>{formatScore(stage.emotion.before)}</td>
                <td>{formatScore(stage.emotion.after)}</td>
                <td>{formatScore(stage.emotion.delta)}</td>
                <td>{stage.votes.before}</td>
                <td>{stage.votes.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <NoteList id="compare-resolved" heading={TEXT.resolvedHeading} notes={listNotes(comparison.stages, (stage) => stage.painPoints.resolved)} />
      <NoteList id="compare-kept" heading={TEXT.keptHeading} notes={kept} />
      <NoteList id="compare-added" heading={TEXT.addedHeading} notes={listNotes(comparison.stages, (stage) => stage.painPoints.added)} />
      <NoteList id="compare-ideas" heading={TEXT.opportunitiesHeading} notes={listNotes(comparison.stages, (stage) => stage.opportunities.added)} />
    </div>
  );
}
