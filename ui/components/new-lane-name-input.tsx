interface NewLaneNameInputProps {
  id: string;
  value: string;
  placeholder: string;
  disabled?: boolean;
  onInput: (name: string) => void;
  /** Enter adds the lane, as the button beside it does. */
  onSubmit: () => void;
}

export function NewLaneNameInput({ id, value, placeholder, disabled = false, onInput, onSubmit }: NewLaneNameInputProps) {
  return (
    <>
      <label class="visually-hidden" for={id}>
        New lane name
      </label>
      <input
        id={id}
        class="input row-input"
        type="text"
        placeholder={placeholder}
        value={value}
        maxLength={60}
        disabled={disabled}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onSubmit();
          }
        }}
      />
    </>
  );
}
