export interface HiddenTextArea {
  value: string;
  setAttribute(name: string, value: string): void;
  select(): void;
  remove(): void;
}

/** The parts of the DOM copying needs, handed in so that both ways can be checked without a browser. */
export interface CopyEnvironment {
  createTextArea(): HiddenTextArea;
  appendToBody(textArea: HiddenTextArea): void;
  execCopy(): boolean;
  /** Remembers what has focus (the Copy button) and returns how to give it back: selecting the text takes it. */
  saveFocus(): () => void;
  clipboard: { writeText(text: string): Promise<void> } | undefined;
}

function copyWithTextArea(environment: CopyEnvironment, text: string): boolean {
  const restoreFocus = environment.saveFocus();
  const textArea = environment.createTextArea();
  textArea.value = text;
  textArea.setAttribute('readonly', '');
  textArea.setAttribute('aria-hidden', 'true');
  textArea.setAttribute('tabindex', '-1');
  textArea.setAttribute('style', 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;pointer-events:none');
  environment.appendToBody(textArea);
  try {
    textArea.select();
    return environment.execCopy();
  } catch {
    return false;
  } finally {
    textArea.remove();
    restoreFocus();
  }
}

/**
 * The plugin iframe is not granted `clipboard-write`, so `navigator.clipboard` is often refused there; the
 * hidden text area with `execCommand('copy')` works in Figma and comes first. Resolves false when neither works.
 */
export async function copyTextAsync(environment: CopyEnvironment, text: string): Promise<boolean> {
  if (copyWithTextArea(environment, text)) return true;
  if (!environment.clipboard) return false;
  try {
    await environment.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
