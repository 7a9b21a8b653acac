import { SPEC_TEXT_LIMITS } from '../../src/core/template/template-spec';
import { stageDescriptionId } from './field-element-id';
import { usePasteCutNote } from './use-paste-cut-note';

interface StageDescriptionInputProps {
  stageKey: string;
  /** The stage's place, 1 for the first. */
  position: number;
  value: string;
  onInput: (description: string) => void;
}

/** The one line under a stage's header on the board (timing, channel), under the stage's name in its row. */
export function StageDescriptionInput({ stageKey, position, value, onInput }: StageDescriptionInputProps) {
  const id = stageDescriptionId(stageKey);
  const pasteCut = usePasteCutNote(id, SPEC_TEXT_LIMITS.stageDescription);
  return (
    <>
      <input
        id={id}
        class="input row-description"
        type="text"
        value={value}
        maxLength={SPEC_TEXT_LIMITS.stageDescription}
        // Not "Stage 2 description": the row's name field is found as "Stage 2", and a name must not contain another.
        aria-label={`Stage description ${position} (optional)`}
        placeholder="Timing or channel (optional)"
        {...(pasteCut.noteId === undefined ? {} : { 'aria-describedby': pasteCut.noteId })}
        {...pasteCut.handlers}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {pasteCut.note}
    </>
  );
}
