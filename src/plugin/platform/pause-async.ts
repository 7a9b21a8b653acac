/** Gives Figma's main thread back for a moment (a macrotask), so a long read or send never freezes the editor. */
export function pauseAsync(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
