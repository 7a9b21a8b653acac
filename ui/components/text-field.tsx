import { FieldError, describeError } from './field-error';
import { usePasteCutNote } from './use-paste-cut-note';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  maxLength: number;
  error: string | undefined;
  multiline?: boolean;
  onInput: (value: string) => void;
}

export function TextField({ id, label, value, maxLength, error, multiline = false, onInput }: TextFieldProps) {
  const errorId = `${id}-error`;
  const pasteCut = usePasteCutNote(id, maxLength);
  const described = describeError(errorId, error);
  const describedBy = [described['aria-describedby'], pasteCut.noteId].filter((part) => part !== undefined).join(' ');
  const common = {
    id,
    value,
    maxLength,
    class: 'input',
    ...described,
    ...(describedBy === '' ? {} : { 'aria-describedby': describedBy }),
    ...pasteCut.handlers,
  };
  return (
    <div class="field">
      <label class="label" for={id}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={2} onInput={(event) => onInput(event.currentTarget.value)} />
      ) : (
        <input {...common} type="text" onInput={(event) => onInput(event.currentTarget.value)} />
      )}
      <FieldError id={errorId} message={error} />
      {pasteCut.note}
    </div>
  );
}
