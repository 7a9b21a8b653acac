import type { SandboxToUi } from '../../core/protocol/protocol';
import { EXPORT_TEXT_CHUNK_SIZE, splitTextIntoChunks } from '../../core/shared/split-text-into-chunks';
import { pauseAsync } from './pause-async';

type Post = (message: SandboxToUi) => void;

/**
 * The text an answer carries: itself when it fits one message, or '' and the number of `export-chunk` messages
 * posted before the answer, with a pause after each so that tens of megabytes never freeze the editor.
 */
export async function postTextInChunksAsync(requestId: string, text: string, post: Post): Promise<{ text: string; textChunks?: number }> {
  if (text.length <= EXPORT_TEXT_CHUNK_SIZE) return { text };
  const chunks = splitTextIntoChunks(text);
  for (let index = 0; index < chunks.length; index++) {
    post({ type: 'export-chunk', requestId, index, count: chunks.length, text: chunks[index]! });
    await pauseAsync();
  }
  return { text: '', textChunks: chunks.length };
}
