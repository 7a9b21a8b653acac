import type { ExportFile } from './export-file';

/** The parts of the DOM a download needs, handed in so that the steps can be checked without a browser. */
export interface DownloadEnvironment {
  createBlob(text: string, mimeType: string): unknown;
  createObjectUrl(blob: unknown): string;
  revokeObjectUrl(url: string): void;
  createLink(): { href: string; download: string; click(): void; remove(): void };
  appendToBody(link: unknown): void;
  /** Runs the callback later; revoking the URL in the same task can cancel the download in some browsers. */
  defer(callback: () => void): void;
}

export function downloadText(environment: DownloadEnvironment, text: string, file: ExportFile): void {
  const url = environment.createObjectUrl(environment.createBlob(text, file.mimeType));
  const link = environment.createLink();
  link.href = url;
  link.download = file.fileName;
  environment.appendToBody(link);
  link.click();
  link.remove();
  environment.defer(() => environment.revokeObjectUrl(url));
}
