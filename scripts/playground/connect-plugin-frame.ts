import type { FakeFigmaHandles, ShownUi } from '../../test/fake-figjam';

export interface PluginFrame {
  /** Follows figma.showUI, ui.resize, ui.hide/show and ui.close: call after each change. */
  update(): void;
}

/**
 * Figma loads the plugin's HTML in a sandboxed iframe with no origin of its own, so `sandbox` leaves out
 * allow-same-origin. allow-modals is kept so that a script injected into the panel would show its alert, and a
 * test can see it.
 */
const FRAME_SANDBOX = 'allow-scripts allow-downloads allow-forms allow-modals allow-popups';

/**
 * Shows the panel the plugin asked for and carries messages as Figma does: what the sandbox posts reaches the
 * iframe as `event.data = { pluginMessage, pluginId }`; what the iframe posts with `parent.postMessage` reaches
 * figma.ui, which itself ignores anything without a `pluginMessage`.
 */
export function connectPluginFrame(container: HTMLElement, handles: FakeFigmaHandles): PluginFrame {
  const titleElement = container.querySelector<HTMLElement>('[data-plugin-title]');
  const bodyElement = container.querySelector<HTMLElement>('[data-plugin-body]');
  if (!titleElement || !bodyElement) throw new Error('The plugin window needs a title and a body element');
  let frame: HTMLIFrameElement | null = null;
  let shownUi: ShownUi | null = null;

  handles.ui.onMessage((event) => {
    frame?.contentWindow?.postMessage(event.data, '*');
  });
  window.addEventListener('message', (event) => {
    if (frame && event.source === frame.contentWindow) handles.ui.postMessage(event.data);
  });

  function showClosed(): void {
    const note = document.createElement('p');
    note.className = 'plugin-closed';
    note.textContent = 'The plugin has closed. Reload the page to run it again.';
    bodyElement!.replaceChildren(note);
    titleElement!.textContent = 'Plugin closed';
    container.hidden = false;
  }

  return {
    update() {
      const shown = handles.ui.shown;
      if (shown !== shownUi) {
        shownUi = shown;
        frame = null;
        if (!shown) return showClosed();
        frame = document.createElement('iframe');
        frame.setAttribute('sandbox', FRAME_SANDBOX);
        frame.title = shown.options.title ?? 'Plugin';
        frame.srcdoc = shown.html;
        bodyElement!.replaceChildren(frame);
        titleElement!.textContent = shown.options.title ?? 'Plugin';
      }
      if (!shown || !frame) return;
      container.hidden = !shown.visible;
      frame.style.width = `${shown.width}px`;
      frame.style.height = `${shown.height}px`;
    },
  };
}
