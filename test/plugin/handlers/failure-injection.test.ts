import { describe, expect, it, vi } from 'vitest';
import type { Journey } from '../../../src/core/journey/journey-schema';
import { createDefaultSpec } from '../../../src/core/template/presets';
import type { TemplateSpec } from '../../../src/core/template/template-spec';
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

const defaultSpec = createDefaultSpec();

/**
 * A small map, so that a failure can be injected at every one of a request's changes in seconds: what the
 * property needs is every kind of change (create, tag, move, resize, remove), not many of each.
 */
const spec: TemplateSpec = {
  ...defaultSpec,
  stages: defaultSpec.stages.filter((stage) => stage.id === 'consideration' || stage.id === 'purchase'),
  lanes: defaultSpec.lanes.filter((lane) => lane.id === 'painPoints' || lane.id === 'emotions'),
  options: { cellColumns: 2, cellRows: 1, showInstructions: true },
};

/** A board with a map, notes in cells (one sticking out, one stamped) and an emotion curve. */
async function drawStampedMapAsync(session: PluginSession): Promise<string> {
  const { figma, handles } = session.fake;
  const mapId = await createMapAsync(session, spec);
  const note = async (laneId: string, stageId: string, text: string, dx = 40) => {
    const cell = cellRect(figma, laneId, stageId);
    return addNoteAsync(figma, { text, x: cell.x + dx, y: cell.y + 40, parent: laneSection(figma, laneId) });
  };
  const voted = await note('painPoints', 'purchase', 'Shipping cost shown late');
  handles.board.addStamp({ name: '+1', stuckTo: voted });
  await note('painPoints', 'purchase', 'Sticks out', cellRect(figma, 'painPoints', 'purchase').width - 150);
  await note('painPoints', 'consideration', 'Price shown late');
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

const scenarios: Scenario[] = [
  { name: 'create', prepareAsync: async () => ({ type: 'create-map', requestId: 'request', spec }) },
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
        lanes: spec.lanes.filter((lane) => lane.id !== 'painPoints'),
      },
      keepNotesBeside: true,
    }),
  },
  {
    name: 'tidy',
    prepareAsync: async (session) => {
      const mapId = await drawStampedMapAsync(session);
      const lane = laneSection(session.fake.figma, 'emotions');
      lane.x += 37;
      laneSection(session.fake.figma, 'painPoints').remove();
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
      const cell = cellRect(figma, 'emotions', 'purchase');
      await addNoteAsync(figma, {
        text: '+2 fast delivery',
        x: cell.x + 280,
        y: cell.y + 40,
        parent: laneSection(figma, 'emotions'),
      });
      return { type: 'draw-emotion-curve', requestId: 'request', mapId };
    },
  },
];

interface PreparedBoard {
  session: PluginSession;
  request: UiToSandbox;
  before: unknown;
}

async function prepareAsync(scenario: Scenario, unverified: Partial<UnverifiedDefaults>): Promise<PreparedBoard> {
  const session = startPluginSession({ unverified });
  const request = await scenario.prepareAsync(session);
  return { session, request, before: dumpBoard(session.fake) };
}

async function sendFailingAtAsync({ session, request }: PreparedBoard, failAt: number) {
  const commits = session.fake.handles.undoCommits;
  const failure = session.fake.handles.board.failAtChange(failAt);
  const answer: SandboxToUi = await session.requestAsync(request);
  return {
    answer,
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
      const clean = await sendFailingAtAsync(await prepareAsync(scenario, unverified), Infinity);
      expect(clean.answer.type).not.toBe('error');
      const total = clean.changes;
      expect(total).toBeGreaterThan(0);
      // A board left exactly as it was takes the same request again, so it is prepared anew only after a
      // failure the plugin could not undo: the run stays in seconds while every change is tried.
      let board: PreparedBoard | null = null;
      for (let failAt = 1; failAt <= total; failAt++) {
        board ??= await prepareAsync(scenario, unverified);
        const run = await sendFailingAtAsync(board, failAt);
        const at = `failure at change ${failAt} of ${total}`;
        expect(run.answer.type, at).toBe('error');
        expect(run.changes, at).toBeGreaterThanOrEqual(failAt);
        const message = run.answer.type === 'error' ? run.answer.message : '';
        expect(message, at).not.toBe('');
        if (/could not be removed/.test(message)) {
          // A plugin cannot bring a removed node back: the step is closed so that one undo restores the board.
          expect(run.newCommits, at).toBe(1);
          board = null;
          continue;
        }
        expect(run.after, at).toEqual(board.before);
      }
      // The board tried again and again still takes the request as a fresh one does, change for change.
      if (board) expect((await sendFailingAtAsync(board, Infinity)).changes).toBe(total);
      quiet.mockRestore();
    },
    240_000,
  );
});
