import type { ImportedJourney } from '../../src/core/import/journey-import-schema';
import { startPluginSession } from '../plugin/plugin-session';
import { computeMedian } from './compute-median';

export interface ImportMeasure {
  notes: number;
  /** Every crossing into the engine for the whole import, per imported note. */
  apiCallsPerNote: number;
  loadFontAsync: number;
  commitUndo: number;
  progressMessages: number;
  /** On the fake: our own code and the fake's bookkeeping, not Figma's; for comparing versions only. */
  milliseconds: number;
}

/** A journey of 8 lanes × 10 stages with `notes` notes spread evenly, one in three with votes. */
export function createBenchJourney(notes: number): ImportedJourney {
  const lanes = Array.from({ length: 8 }, (_, index) => ({ id: `lane-${index}`, name: `Lane ${index + 1}`, kind: 'actions' as const }));
  const stages = Array.from({ length: 10 }, (_, stage) => ({
    id: `stage-${stage}`,
    name: `Stage ${stage + 1}`,
    lanes: Object.fromEntries(
      lanes.map((lane, laneIndex) => {
        const count = Math.floor(notes / 80) + (stage * 8 + laneIndex < notes % 80 ? 1 : 0);
        return [lane.id, Array.from({ length: count }, (_, index) => ({ text: `Note ${stage}.${laneIndex}.${index}`, votes: index % 3 === 0 ? 2 : 0 }))];
      }),
    ),
  }));
  return { schemaVersion: 1, title: 'Bench import', lanes, stages };
}

/** Imports the journey on an empty board `runs` times; counts come from the last run, time is the median. */
export async function measureImportAsync(notes: number, runs: number): Promise<ImportMeasure> {
  const journey = createBenchJourney(notes);
  const times: number[] = [];
  let measure: Omit<ImportMeasure, 'milliseconds'> | null = null;
  for (let run = 0; run < runs; run++) {
    const session = startPluginSession();
    const startedAt = performance.now();
    const answer = await session.requestAsync({ type: 'import-map', requestId: `bench-import-${run}`, journey });
    times.push(performance.now() - startedAt);
    if (answer.type !== 'map-imported') throw new Error(`Expected map-imported, got ${JSON.stringify(answer)}`);
    const counts = session.fake.handles.counts.snapshot();
    measure = {
      notes,
      apiCallsPerNote: counts.total / notes,
      loadFontAsync: counts.byMember['loadFontAsync'] ?? 0,
      commitUndo: counts.byMember['commitUndo'] ?? 0,
      progressMessages: session.messages().filter((message) => message.type === 'progress').length,
    };
  }
  return { ...measure!, milliseconds: computeMedian(times) };
}
