import type { ImportedJourney } from '../../src/core/import/journey-import-schema';
import { startPluginSession } from '../plugin/plugin-session';
import { computeMedian } from './compute-median';
import { sendRequestAsync } from './measure-request-slices-async';

/** At most this many plugin-API calls per imported note, the map drawn around them included. */
export const IMPORT_CALLS_PER_NOTE_TARGET = 8;

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

/** What one more note costs, with and without votes, apart from the map drawn around the notes. */
export interface ImportNoteCost {
  /** Crossings of the map alone (sections, headers, labels) with one note, to set apart from the notes. */
  mapCalls: number;
  /** Crossings one more note without votes adds. */
  callsPerPlainNote: number;
  /** Crossings one more note with votes adds: its recorded votes and its badge included. */
  callsPerVotedNote: number;
}

/** A journey of 8 lanes × 10 stages with `notes` notes spread evenly; one in `voteEvery` has votes (0: none). */
export function createBenchJourney(notes: number, voteEvery = 3): ImportedJourney {
  const lanes = Array.from({ length: 8 }, (_, index) => ({ id: `lane-${index}`, name: `Lane ${index + 1}`, kind: 'actions' as const }));
  const stages = Array.from({ length: 10 }, (_, stage) => ({
    id: `stage-${stage}`,
    name: `Stage ${stage + 1}`,
    lanes: Object.fromEntries(
      lanes.map((lane, laneIndex) => {
        const count = Math.floor(notes / 80) + (stage * 8 + laneIndex < notes % 80 ? 1 : 0);
        return [
          lane.id,
          Array.from({ length: count }, (_, index) => ({ text: `Note ${stage}.${laneIndex}.${index}`, votes: voteEvery > 0 && index % voteEvery === 0 ? 2 : 0 })),
        ];
      }),
    ),
  }));
  return { schemaVersion: 1, title: 'Bench import', lanes, stages };
}

async function countImportCallsAsync(journey: ImportedJourney): Promise<number> {
  const session = startPluginSession();
  const answer = await sendRequestAsync(session, { type: 'import-map', requestId: 'bench-import-cost', journey });
  if (answer.type !== 'map-imported') throw new Error(`Expected map-imported, got ${JSON.stringify(answer)}`);
  return session.fake.handles.counts.snapshot().total;
}

/** The cost of a note as the difference between imports of `base` and `base + extra` notes, all plain or all voted. */
export async function measureImportNoteCostAsync(base = 800, extra = 800): Promise<ImportNoteCost> {
  const plainBase = await countImportCallsAsync(createBenchJourney(base, 0));
  const plainMore = await countImportCallsAsync(createBenchJourney(base + extra, 0));
  const votedBase = await countImportCallsAsync(createBenchJourney(base, 1));
  const votedMore = await countImportCallsAsync(createBenchJourney(base + extra, 1));
  const callsPerPlainNote = (plainMore - plainBase) / extra;
  return {
    mapCalls: plainBase - base * callsPerPlainNote,
    callsPerPlainNote,
    callsPerVotedNote: (votedMore - votedBase) / extra,
  };
}

/** Imports the journey on an empty board `runs` times; counts come from the last run, time is the median. */
export async function measureImportAsync(notes: number, runs: number): Promise<ImportMeasure> {
  const journey = createBenchJourney(notes);
  const times: number[] = [];
  let measure: Omit<ImportMeasure, 'milliseconds'> | null = null;
  for (let run = 0; run < runs; run++) {
    const session = startPluginSession();
    const startedAt = performance.now();
    const answer = await sendRequestAsync(session, { type: 'import-map', requestId: `bench-import-${run}`, journey });
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
