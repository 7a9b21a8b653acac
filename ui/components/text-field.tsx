import { FieldError, describeError } from './field-error';

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
  const common = {
    id,
    value,
    maxLength,
    class: 'input',
    ...describeError(errorId, error),
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
    </div>
  );
}
