import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Journey } from '../../../src/core/journey/journey-schema';
import { createDefaultSpec } from '../../../src/core/template/presets';
import type { SandboxToUi, UiToSandbox } from '../../../src/core/protocol/protocol';
import { UNVERIFIED_SETTINGS } from '../../fake-figjam/index';
import type { UnverifiedDefaults } from '../../fake-figjam/index';
import { addNoteAsync, cellRect, laneSection } from '../board-builders';
import { createMapAsync, dumpBoard, exportNotesAsync } from '../map-edit-helpers';
import { startPluginSession } from '../plugin-session';
import type { PluginSession } from '../plugin-session';

const journey = {
  schemaVersion: 1,
  title: 'Checkout',
  lanes: [
    { id: 'a', name: 'Actions', kind: 'actions' },
    { id: 'e', name: 'Emotions', kind: 'emotions' },
  ],
  stages: [
    {
      id: 's',
      name: 'Browse',
      lanes: { a: [{ text: 'Compares jackets', votes: 2 }], e: [{ text: '+1 nice photos' }] },
    },
    { id: 't', name: 'Pay', lanes: { a: [{ text: 'Enters card' }], e: [{ text: '-2 card refused' }] } },
  ],
};

/** A board with a map, notes in cells (one sticking out, one stamped) and an emotion curve. */
async function drawStampedMapAsync(session: PluginSession): Promise<string> {
  const { figma, handles } = session.fake;
  const mapId = await createMapAsync(session);
  const note = async (laneId: string, stageId: string, text: string, dx = 40) => {
    const cell = cellRect(figma, laneId, stageId);
    return addNoteAsync(figma, { text, x: cell.x + dx, y: cell.y + 40, parent: laneSection(figma, laneId) });
  };
  const voted = await note('painPoints', 'purchase', 'Shipping cost shown late');
  handles.board.addStamp({ name: '+1', stuckTo: voted });
  await note('painPoints', 'purchase', 'Sticks out', cellRect(figma, 'painPoints', 'purchase').width - 150);
  await note('opportunities', 'awareness', 'Show prices early');
  await note('emotions', 'consideration', '+2 loved the demo');
  await note('emotions', 'purchase', '😡');
  await session.requestAsync({ type: 'draw-emotion-curve', requestId: 'curve-first', mapId });
  return mapId;
}

interface Scenario {
  name: string;
  /** Builds the board and says which request to send on it. */
  prepareAsync(session: PluginSession): Promise<UiToSandbox>;
}

const spec = createDefaultSpec();

const scenarios: Scenario[] = [
  { name: 'create', prepareAsync: async () => ({ type: 'create-map', requestId: 'request' }) },
  { name: 'import', prepareAsync: async () => ({ type: 'import-map', requestId: 'request', journey }) },
  {
    name: 'duplicate',
    prepareAsync: async (session) => ({
      type: 'duplicate-map',
      requestId: 'request',
      mapId: await drawStampedMapAsync(session),
    }),
  },
  {
    name: 'update',
    prepareAsync: async (session) => ({
      type: 'update-map',
      requestId: 'request',
      mapId: await drawStampedMapAsync(session),
      spec: {
        ...spec,
        stages: [...spec.stages].reverse(),
        lanes: spec.lanes.filter((lane) => lane.id !== 'opportunities'),
      },
      keepNotesBeside: true,
    }),
  },
  {
    name: 'tidy',
    prepareAsync: async (session) => {
      const mapId = await drawStampedMapAsync(session);
      const lane = laneSection(session.fake.figma, 'thoughts');
      lane.x += 37;
      laneSection(session.fake.figma, 'actions').remove();
      return { type: 'tidy-map', requestId: 'request', mapId };
    },
  },
  {
    name: 're-import',
    prepareAsync: async (session) => {
      await session.requestAsync({ type: 'import-map', requestId: 'first-import', journey });
      const listed = await session.requestAsync({ type: 'list-maps', requestId: 'list' });
      if (listed.type !== 'maps-listed') throw new Error(JSON.stringify(listed));
      const exported: Journey = (await exportNotesAsync(session, listed.maps[0]!.mapId)).journey;
      const stage = exported.stages[1]!;
      const laneId = Object.keys(stage.lanes)[0]!;
      const next = {
        ...exported,
        stages: [
          exported.stages[0]!,
          {
            ...stage,
            lanes: {
              ...stage.lanes,
              [laneId]: [...stage.lanes[laneId]!, { id: 'new', text: 'Asks support', votes: 1 }],
            },
          },
        ],
      };
      return { type: 'import-map', requestId: 'request', journey: next };
    },
  },
  {
    name: 'curve',
    prepareAsync: async (session) => {
      const mapId = await drawStampedMapAsync(session);
      const { figma } = session.fake;
      const cell = cellRect(figma, 'emotions', 'retention');
      await addNoteAsync(figma, {
        text: '+1 fast delivery',
        x: cell.x + 40,
        y: cell.y + 40,
        parent: laneSection(figma, 'emotions'),
      });
      return { type: 'draw-emotion-curve', requestId: 'request', mapId };
    },
  },
];

async function runAsync(scenario: Scenario, unverified: Partial<UnverifiedDefaults>, failAt: number) {
  const session = startPluginSession({ unverified });
  const request = await scenario.prepareAsync(session);
  const before = dumpBoard(session.fake);
  const commits = session.fake.handles.undoCommits;
  const failure = session.fake.handles.board.failAtChange(failAt);
  const answer: SandboxToUi = await session.requestAsync(request);
  return {
    answer,
    before,
    after: dumpBoard(session.fake),
    changes: failure.changes(),
    newCommits: session.fake.handles.undoCommits - commits,
  };
}

describe.each(UNVERIFIED_SETTINGS)('a failure at any change of a board-changing request ($name)', ({ unverified }) => {
  it.each(scenarios)(
    'leaves the board as it was, or says what it could not undo: $name',
    async (scenario) => {
      // An injected failure is an unexpected error, which the sandbox logs; the answer is what is checked here.
      const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const clean = await runAsync(scenario, unverified, Infinity);
      expect(clean.answer.type).not.toBe('error');
      const total = clean.changes;
      expect(total).toBeGreaterThan(0);
      const check = async (failAt: number) => {
        const run = await runAsync(scenario, unverified, failAt);
        expect(run.answer.type, `failure at change ${failAt} of ${total}`).toBe('error');
        const message = run.answer.type === 'error' ? run.answer.message : '';
        if (/could not be removed/.test(message)) {
          // A plugin cannot bring a removed node back: the step is closed so that one undo restores the board.
          expect(run.newCommits).toBe(1);
          return;
        }
        expect(message).not.toBe('');
        expect(run.after, `failure at change ${failAt} of ${total}`).toEqual(run.before);
      };
      await check(1);
      await check(total);
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 2, max: Math.max(total - 1, 2) }), async (failAt) => {
          await check(failAt);
        }),
        { numRuns: 8 },
      );
      quiet.mockRestore();
    },
    240_000,
  );
});
