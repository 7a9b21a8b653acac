import type { ExportFormat, Journey, Note } from '../../src/core/journey/journey-schema';
import { SandboxToUiSchema } from '../../src/core/protocol/protocol';
import type { MapExported } from '../../src/core/protocol/protocol';
import type { BenchBoard } from './build-bench-board-async';
import { computeMedian } from './compute-median';
import { readPeerStyleExport } from './read-peer-style-export';

export interface ExportReads {
  /** Notes the export returned. */
  exportedNotes: number;
  /** Every crossing of the whole export (reads, calls, writes), structure, stamps and page scan included. */
  total: number;
  /** `total` over the notes exported. */
  perExportedNote: number;
  /** Crossings counted on each exported note's own node, largest and typical. */
  maxOnOneNote: number;
  medianOnOneNote: number;
  /** Crossings of the peer-style export on the same board, and over the stickies it returned. */
  peerTotal: number;
  peerNotes: number;
  peerPerNote: number;
  /** peerTotal / total. */
  peerRatio: number;
}

export function listExportedNotes(journey: Journey): Note[] {
  return [
    ...(journey.persona?.notes ?? []),
    ...Object.values(journey.persona?.slots ?? {}).flat(),
    ...journey.stages.flatMap((stage) => Object.values(stage.lanes).flat()),
    ...journey.unplaced,
    ...(journey.parkingLot ?? []),
  ];
}

/**
 * Sends export-map as the panel does and waits for its `map-exported` answer, whatever else (progress, parts of
 * the text) the sandbox posts for the same request before it.
 */
export function exportBenchBoardAsync(board: BenchBoard, format: ExportFormat = 'json', requestId = 'bench-export'): Promise<MapExported> {
  const { handles } = board.session.fake;
  return new Promise<MapExported>((resolve, reject) => {
    const stop = handles.ui.onMessage((event) => {
      const parsed = SandboxToUiSchema.safeParse(event.data.pluginMessage);
      if (!parsed.success || !('requestId' in parsed.data) || parsed.data.requestId !== requestId) return;
      const answer = parsed.data;
      if (answer.type === 'map-exported') {
        stop();
        resolve(answer);
      } else if (answer.type === 'error') {
        stop();
        reject(new Error(`The export failed: ${answer.message}`));
      }
    });
    handles.ui.postMessage({ pluginMessage: { type: 'export-map', requestId, format } });
  });
}

/** Our export and the peer-style export of the same board, each counted from zero. */
export async function measureExportReadsAsync(board: BenchBoard): Promise<ExportReads & { journey: Journey }> {
  const { figma, handles } = board.session.fake;
  handles.counts.reset();
  const { journey } = await exportBenchBoardAsync(board);
  const total = handles.counts.snapshot().total;
  const exported = listExportedNotes(journey);
  const onNotes = exported.map((note) => handles.counts.totalFor(note.id));

  handles.counts.reset();
  const peerNotes = readPeerStyleExport(figma);
  const peerTotal = handles.counts.snapshot().total;
  handles.counts.reset();
  return {
    journey,
    exportedNotes: exported.length,
    total,
    perExportedNote: total / exported.length,
    maxOnOneNote: Math.max(...onNotes),
    medianOnOneNote: computeMedian(onNotes),
    peerTotal,
    peerNotes: peerNotes.length,
    peerPerNote: peerTotal / peerNotes.length,
    peerRatio: peerTotal / total,
  };
}
