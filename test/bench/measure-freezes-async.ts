import type { TemplateSpec } from '../../src/core/template/template-spec';
import { startPluginSession } from '../plugin/plugin-session';
import type { BenchBoard } from './build-bench-board-async';
import { drawHandDrawnGridAsync } from './draw-hand-drawn-grid-async';
import { createBenchJourney } from './measure-import-async';
import { measureRequestSlicesAsync, sendRequestAsync } from './measure-request-slices-async';
import type { RequestSlices } from './measure-request-slices-async';

function describeBoard(notes: number): string {
  return `${notes.toLocaleString('en-US')}-note board`;
}

/**
 * Every request a person makes on a big board, one after another on the same board, each timed slice by slice:
 * export, emotion curve, tidy, update (every stage renamed and the lanes reversed, so every note moves), an import
 * of the largest journey allowed beside the map, Duplicate as future state, and apart, the export of a selected
 * hand-drawn grid of as many stickies. The board is changed by them, so this runs after everything else on it.
 */
export async function measureFreezesAsync(board: BenchBoard, notes: number, importNotes: number): Promise<RequestSlices[]> {
  const { session, mapId } = board;
  const name = describeBoard(notes);
  const results: RequestSlices[] = [];
  results.push(await measureRequestSlicesAsync(session, name, { type: 'export-map', requestId: 'freeze-export', format: 'json' }));
  results.push(await measureRequestSlicesAsync(session, name, { type: 'draw-emotion-curve', requestId: 'freeze-curve', mapId }));
  results.push(await measureRequestSlicesAsync(session, name, { type: 'tidy-map', requestId: 'freeze-tidy', mapId }));
  const specAnswer = await sendRequestAsync(session, { type: 'read-map-spec', requestId: 'freeze-spec', mapId });
  if (specAnswer.type !== 'map-spec') throw new Error(`Expected map-spec, got ${JSON.stringify(specAnswer)}`);
  const spec: TemplateSpec = specAnswer.spec;
  const changed = { ...spec, stages: spec.stages.map((stage) => ({ ...stage, name: `${stage.name}!` })), lanes: [...spec.lanes].reverse() };
  results.push(await measureRequestSlicesAsync(session, name, { type: 'update-map', requestId: 'freeze-update', mapId, spec: changed }));
  results.push(await measureRequestSlicesAsync(session, name, { type: 'import-map', requestId: 'freeze-import', journey: createBenchJourney(importNotes) }));
  results.push(await measureRequestSlicesAsync(session, name, { type: 'duplicate-map', requestId: 'freeze-duplicate', mapId }));

  const handDrawn = startPluginSession();
  await drawHandDrawnGridAsync(handDrawn.fake, notes);
  results.push(
    await measureRequestSlicesAsync(handDrawn, `selected hand-drawn grid of ${notes.toLocaleString('en-US')} stickies`, {
      type: 'export-map',
      requestId: 'freeze-hand-drawn',
      format: 'json',
    }),
  );
  return results;
}

export interface DuplicateMeasure {
  /** Notes on the map duplicated, and notes the copy got. */
  notesCopied: number;
  answer: string;
  /** Every crossing of the request (reading the map, then drawing the copy) per note copied. */
  apiCallsPerNote: number;
  /** Of those, the reads (most of them reading the map). */
  readsPerNote: number;
  loadFontAsync: number;
  commitUndo: number;
}

/** Duplicate as future state of the bench board's map, counted from zero. */
export async function measureDuplicateAsync(board: BenchBoard): Promise<DuplicateMeasure> {
  const { session, mapId } = board;
  const { handles } = session.fake;
  handles.counts.reset();
  const answer = await sendRequestAsync(session, { type: 'duplicate-map', requestId: 'bench-duplicate', mapId });
  const counts = handles.counts.snapshot();
  handles.counts.reset();
  const notesCopied = answer.type === 'map-imported' ? answer.notesAdded : 0;
  return {
    notesCopied,
    answer: answer.type === 'error' ? `error: ${answer.message}` : answer.type,
    apiCallsPerNote: notesCopied === 0 ? Number.NaN : counts.total / notesCopied,
    readsPerNote: notesCopied === 0 ? Number.NaN : counts.reads / notesCopied,
    loadFontAsync: counts.byMember['loadFontAsync'] ?? 0,
    commitUndo: counts.byMember['commitUndo'] ?? 0,
  };
}
