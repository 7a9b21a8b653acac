import type { BrowserEnvironments } from '../state/create-app-actions';

/** The real DOM behind the download and copy steps; the only place they touch the document. */
export function createBrowserEnvironments(target: Window): BrowserEnvironments {
  const { document } = target;
  return {
    download: {
      createBlob: (text, mimeType) => new Blob([text], { type: mimeType }),
      createObjectUrl: (blob) => URL.createObjectURL(blob as Blob),
      revokeObjectUrl: (url) => URL.revokeObjectURL(url),
      createLink: () => document.createElement('a'),
      appendToBody: (link) => document.body.append(link as HTMLAnchorElement),
      defer: (callback) => target.setTimeout(callback, 1000),
    },
    copy: {
      createTextArea: () => document.createElement('textarea'),
      appendToBody: (textArea) => document.body.append(textArea as HTMLTextAreaElement),
      // Deprecated but the one way to copy that Figma's plugin iframe allows.
      execCopy: () => document.execCommand('copy'),
      saveFocus: () => {
        const previous = document.activeElement;
        return () => {
          if (previous instanceof HTMLElement) previous.focus();
        };
      },
      clipboard: target.navigator.clipboard,
    },
  };
}
