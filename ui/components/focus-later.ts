/** Focus after the list has been drawn again: a moved row's DOM node may have lost it. */
export function focusLater(id: string, fallbackId?: string): void {
  requestAnimationFrame(() => {
    const element = document.getElementById(id);
    const target = element instanceof HTMLButtonElement && element.disabled && fallbackId ? document.getElementById(fallbackId) : element;
    target?.focus();
    // A new row's placeholder name is selected, so typing replaces it.
    if (target instanceof HTMLInputElement) target.select();
  });
}
