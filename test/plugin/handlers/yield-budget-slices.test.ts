import { describe, expect, it } from 'vitest';
import type { SandboxToUi, UiToSandbox } from '../../../src/core/protocol/protocol';
import { handleDrawEmotionCurveAsync } from '../../../src/plugin/handlers/handle-draw-emotion-curve-async';
import { handleDuplicateMapAsync } from '../../../src/plugin/handlers/handle-duplicate-map-async';
import { handleExportMapAsync } from '../../../src/plugin/handlers/handle-export-map-async';
import { handleImportMapAsync } from '../../../src/plugin/handlers/handle-import-map-async';
import { handleTidyMapAsync } from '../../../src/plugin/handlers/handle-tidy-map-async';
import { TAG_KEYS, TAG_NAMESPACE } from '../../../src/core/board/map-tags';
import { formatRecordedVote } from '../../../src/core/board/recorded-votes';
import { handleUpdateMapAsync } from '../../../src/plugin/handlers/handle-update-map-async';
import { createYieldBudget } from '../../../src/plugin/platform/yield-budget';
import type { FigJamApi } from '../../../src/plugin/platform/figjam-api';
import { buildBenchBoardAsync } from '../../bench/build-bench-board-async';
import { drawHandDrawnGridAsync } from '../../bench/draw-hand-drawn-grid-async';
import { createBenchJourney } from '../../bench/measure-import-async';
import type { FakeFigma } from '../../fake-figjam/index';
import { startPluginSession } from '../plugin-session';

/** The fake's clock: each plugin-API crossing takes a millisecond, so a 40 ms slice is 40 crossings. */
const SLICE = 40;

interface Slices {
  /** Crossings between two pauses (from the start to the first, and from the last to the answer, included). */
  longest: number;
  pauses: number;
  progress: number;
  /** The longest run of crossings with no progress message. */
  longestWithoutProgress: number;
}

type Handler = (api: FigJamApi, post: (message: SandboxToUi) => void, budget: ReturnType<typeof createYieldBudget>) => Promise<SandboxToUi>;

/** Runs a handler with a budget on the fake's clock and measures its slices in crossings. */
async function measureSlicesAsync(fake: FakeFigma, run: Handler): Promise<Slices & { answer: SandboxToUi }> {
  const clock = () => fake.handles.counts.total();
  const pausedAt: number[] = [clock()];
  const progressAt: number[] = [clock()];
  const post = (message: SandboxToUi) => {
    if (message.type === 'progress') progressAt.push(clock());
  };
  const budget = createYieldBudget({
    clock,
    sliceMilliseconds: SLICE,
    progressMilliseconds: 500,
    firstStep: { phase: 'Working', done: 0, total: 0 },
    sendProgress: (step) => post({ type: 'progress', requestId: 'r', ...step }),
    pauseAsync: () => {
      pausedAt.push(clock());
      return new Promise((resolve) => setTimeout(resolve, 0));
    },
  });
  const answer = await run(fake.figma, post, budget);
  pausedAt.push(clock());
  progressAt.push(clock());
  const longestGap = (marks: number[]) => Math.max(...marks.slice(1).map((mark, index) => mark - marks[index]!));
  return { answer, longest: longestGap(pausedAt), pauses: pausedAt.length - 2, progress: progressAt.length - 2, longestWithoutProgress: longestGap(progressAt) };
}

type MapRequest = (mapId: string) => UiToSandbox;

const MAP_REQUESTS: Record<string, { request: MapRequest; run: (request: UiToSandbox) => Handler }> = {
  export: {
    request: () => ({ type: 'export-map', requestId: 'r', format: 'json' }),
    run: (request) => (api, post, budget) => handleExportMapAsync(api, request as Extract<UiToSandbox, { type: 'export-map' }>, post, budget),
  },
  'emotion curve': {
    request: (mapId) => ({ type: 'draw-emotion-curve', requestId: 'r', mapId }),
    run: (request) => (api, post, budget) => handleDrawEmotionCurveAsync(api, request as Extract<UiToSandbox, { type: 'draw-emotion-curve' }>, post, budget),
  },
  tidy: {
    request: (mapId) => ({ type: 'tidy-map', requestId: 'r', mapId }),
    run: (request) => (api, post, budget) => handleTidyMapAsync(api, request as Extract<UiToSandbox, { type: 'tidy-map' }>, post, budget),
  },
  duplicate: {
    request: (mapId) => ({ type: 'duplicate-map', requestId: 'r', mapId }),
    run: (request) => (api, post, budget) => handleDuplicateMapAsync(api, request as Extract<UiToSandbox, { type: 'duplicate-map' }>, post, budget),
  },
};

async function measureOnBoardAsync(notes: number, name: string): Promise<Slices & { answer: SandboxToUi }> {
  const board = await buildBenchBoardAsync({ notes, lanes: 8, stages: 10 });
  const { request, run } = MAP_REQUESTS[name]!;
  return measureSlicesAsync(board.session.fake, run(request(board.mapId)));
}

describe('a request gives the thread back after every slice of its budget, whatever the size of the board', () => {
  // The parts a request does in one go (the map's structure, its grid redrawn) cost the same on any board; the
  // notes are what grows, and they are read, moved and drawn in slices. So the longest slice of a request on a
  // board six times bigger is no longer than on the small board, give or take one note's crossings.
  for (const name of Object.keys(MAP_REQUESTS)) {
    it(`${name}: the longest slice does not grow with the notes, and the panel hears from it every 500 crossings and a slice`, async () => {
      const small = await measureOnBoardAsync(500, name);
      const big = await measureOnBoardAsync(3000, name);
      expect(big.answer.type).not.toBe('error');
      expect(big.pauses).toBeGreaterThan(small.pauses);
      expect(big.longest).toBeLessThanOrEqual(small.longest + 20);
      // The budget repeats the last progress at the first pause 500 crossings after the last: never later than one slice after that.
      expect(big.progress).toBeGreaterThan(small.progress);
      expect(big.longestWithoutProgress).toBeLessThanOrEqual(500 + big.longest);
    });
  }

  it('update: the longest slice does not grow with the notes', async () => {
    const measureAsync = async (notes: number) => {
      const board = await buildBenchBoardAsync({ notes, lanes: 8, stages: 10 });
      const spec = await board.session.requestAsync({ type: 'read-map-spec', requestId: 'spec', mapId: board.mapId });
      if (spec.type !== 'map-spec') throw new Error(spec.type);
      const changed = { ...spec.spec, lanes: [...spec.spec.lanes].reverse() };
      return measureSlicesAsync(board.session.fake, (api, post, budget) =>
        handleUpdateMapAsync(api, { type: 'update-map', requestId: 'r', mapId: board.mapId, spec: changed }, post, budget),
      );
    };
    const small = await measureAsync(500);
    const big = await measureAsync(3000);
    expect(big.answer.type).toBe('map-updated');
    expect(big.longest).toBeLessThanOrEqual(small.longest + 20);
  });

  it('import: the notes are made and placed in slices', async () => {
    const measureAsync = (notes: number) =>
      measureSlicesAsync(startPluginSession().fake, (api, post, budget) =>
        handleImportMapAsync(api, { type: 'import-map', requestId: 'r', journey: createBenchJourney(notes) }, post, budget),
      );
    const small = await measureAsync(300);
    const big = await measureAsync(3000);
    expect(big.answer.type).toBe('map-imported');
    expect(big.longest).toBeLessThanOrEqual(small.longest + 20);
  });

  it('export of a selected hand-drawn grid: the selection is read in slices', async () => {
    const measureAsync = async (notes: number) => {
      const session = startPluginSession();
      await drawHandDrawnGridAsync(session.fake, notes);
      return measureSlicesAsync(session.fake, (api, post, budget) => handleExportMapAsync(api, { type: 'export-map', requestId: 'r', format: 'json' }, post, budget));
    };
    const small = await measureAsync(500);
    const big = await measureAsync(3000);
    expect(big.answer.type).toBe('map-exported');
    expect(big.longest).toBeLessThanOrEqual(small.longest + 20);
  });

  it('export of a selected hand-drawn grid whose every note carries imported votes: the votes are read in slices', async () => {
    const measureAsync = async (notes: number) => {
      const session = startPluginSession();
      await drawHandDrawnGridAsync(session.fake, notes);
      for (const sticky of session.fake.figma.currentPage.findAllWithCriteria({ types: ['STICKY'] })) {
        sticky.setSharedPluginData(TAG_NAMESPACE, TAG_KEYS.votes, formatRecordedVote(sticky.id, { votes: 2 }));
      }
      return measureSlicesAsync(session.fake, (api, post, budget) => handleExportMapAsync(api, { type: 'export-map', requestId: 'r', format: 'json' }, post, budget));
    };
    const small = await measureAsync(500);
    const big = await measureAsync(3000);
    if (big.answer.type !== 'map-exported') throw new Error(big.answer.type);
    const { journey } = big.answer;
    const placed = journey.stages.flatMap((stage) => Object.values(stage.lanes).flat());
    expect([...placed, ...journey.unplaced].reduce((sum, note) => sum + note.votes, 0)).toBe(2 * journey.summary.counts.notes);
    expect(big.longest).toBeLessThanOrEqual(small.longest + 20);
  });
});
