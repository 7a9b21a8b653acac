interface FieldErrorProps {
  id: string;
  message: string | undefined;
}

export function FieldError({ id, message }: FieldErrorProps) {
  if (message === undefined) return null;
  return (
    <p id={id} class="field-error">
      {message}
    </p>
  );
}

/** The props that tie a control to its error message, for `aria-describedby`. */
export function describeError(errorId: string, message: string | undefined) {
  return message === undefined
    ? { 'aria-invalid': false as const }
    : { 'aria-invalid': true as const, 'aria-describedby': errorId };
}
