import type { ExportFormat, Journey } from '../../src/core/journey/journey-schema';
import { SandboxToUiSchema } from '../../src/core/protocol/protocol';
import type { JourneyFormatted } from '../../src/core/protocol/protocol';
import type { BenchBoard } from './build-bench-board-async';

export interface FormatSwitchReads {
  /** The formats asked for, one `format-journey` request each, from the journey the export read. */
  formats: ExportFormat[];
  /** Plugin-API reads of all those requests together: the target is none. */
  reads: number;
  writes: number;
  /** Calls, posting the answers (and any pieces of a big text) to the panel included. */
  calls: number;
  /** Characters of text the requests gave, to show the work was done. */
  characters: number;
}

function formatBenchJourneyAsync(board: BenchBoard, journey: Journey, format: ExportFormat): Promise<JourneyFormatted> {
  const { handles } = board.session.fake;
  const requestId = `bench-format-${format}`;
  const pieces: string[] = [];
  return new Promise((resolve, reject) => {
    const stop = handles.ui.onMessage((event) => {
      const parsed = SandboxToUiSchema.safeParse(event.data.pluginMessage);
      if (!parsed.success || !('requestId' in parsed.data) || parsed.data.requestId !== requestId) return;
      const answer = parsed.data;
      if (answer.type === 'export-chunk') pieces[answer.index] = answer.text;
      else if (answer.type === 'journey-formatted') {
        stop();
        resolve(answer.textChunks === undefined ? answer : { ...answer, text: pieces.join('') });
      } else if (answer.type === 'error') {
        stop();
        reject(new Error(`The format failed: ${answer.message}`));
      }
    });
    handles.ui.postMessage({ pluginMessage: { type: 'format-journey', requestId, journey, format } });
  });
}

/** What switching the panel's format costs once the board was read: each format asked for, counted from zero. */
export async function measureFormatSwitchAsync(board: BenchBoard, journey: Journey): Promise<FormatSwitchReads> {
  const { handles } = board.session.fake;
  const formats: ExportFormat[] = ['csv', 'markdown', 'json'];
  handles.counts.reset();
  let characters = 0;
  for (const format of formats) characters += (await formatBenchJourneyAsync(board, journey, format)).text.length;
  const { reads, writes, calls } = handles.counts.snapshot();
  handles.counts.reset();
  return { formats, reads, writes, calls, characters };
}
