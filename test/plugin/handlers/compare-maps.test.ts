import { describe, expect, it } from 'vitest';
import { runCliAsync } from '../../../src/cli/run-cli-async';
import { JourneyComparisonSchema } from '../../../src/core/compare/journey-comparison-schema';
import type { FigJamSticky } from '../../../src/plugin/platform/figjam-api';
import { USER_MESSAGES } from '../../../src/core/shared/user-messages';
import { createMemoryIo } from '../../cli/create-memory-io';
import { addNoteAsync, boundsOf } from '../board-builders';
import { startPluginSession } from '../plugin-session';
import type { PluginSession } from '../plugin-session';
import { drawWorkshopBoardAsync } from '../workshop-board';

async function exportTextAsync(session: PluginSession, mapId: string): Promise<string> {
  const answer = await session.requestAsync({ type: 'export-map', requestId: `export-${mapId}`, mapId, format: 'json' });
  if (answer.type !== 'map-exported') throw new Error(JSON.stringify(answer));
  return answer.text;
}

function stickiesWithText(session: PluginSession, text: string): FigJamSticky[] {
  return session.fake.figma.currentPage.findAllWithCriteria({ types: ['STICKY'] }).filter((sticky) => sticky.text.characters === text);
}

/** A workshop map and its future-state copy, on which the account pain point is gone and a new one added. */
async function drawCurrentAndFutureAsync() {
  const session = startPluginSession();
  const workshop = await drawWorkshopBoardAsync(session.fake, session);
  const current = (await session.readyAsync()).maps[0]!.mapId;
  const duplicated = await session.requestAsync({ type: 'duplicate-map', requestId: 'duplicate', mapId: current });
  if (duplicated.type !== 'map-imported') throw new Error(JSON.stringify(duplicated));
  stickiesWithText(session, 'Checkout asks for an account').find((sticky) => sticky.id !== workshop.checkout.id)!.remove();
  const copiedShipping = stickiesWithText(session, 'Shipping cost shown late').find((sticky) => sticky.id !== workshop.shipping.id)!;
  const { x, y } = boundsOf(copiedShipping);
  await addNoteAsync(session.fake.figma, { text: 'Card declined #P7', x: x + 20, y: y + 20, parent: copiedShipping.parent as never });
  return { session, current, future: duplicated.mapId };
}

describe('compare-maps', () => {
  it('compares a map with its future-state copy, as journey-lanes compare does with their exports', async () => {
    const { session, current, future } = await drawCurrentAndFutureAsync();
    const answer = await session.requestAsync({ type: 'compare-maps', requestId: 'compare', beforeMapId: current, afterMapId: future });
    if (answer.type !== 'maps-compared') throw new Error(JSON.stringify(answer));
    const purchase = answer.comparison.stages.find((stage) => stage.id === 'purchase')!;
    expect(purchase.painPoints.resolved.map((note) => note.text)).toEqual(['Checkout asks for an account']);
    expect(purchase.painPoints.kept.map((note) => [note.text, note.before.votes])).toEqual([['Shipping cost shown late', 3]]);
    expect(purchase.painPoints.added).toMatchObject([{ text: 'Card declined #P7', tags: ['P7'], stageId: 'purchase' }]);
    expect(JSON.parse(answer.text)).toEqual(answer.comparison);

    const { io, out } = createMemoryIo({ 'current.json': await exportTextAsync(session, current), 'future.json': await exportTextAsync(session, future) });
    expect(await runCliAsync(['compare', 'current.json', 'future.json'], io)).toBe(0);
    expect(JourneyComparisonSchema.parse(JSON.parse(out.stdout))).toEqual(answer.comparison);
  });

  it('answers in Markdown when asked', async () => {
    const { session, current, future } = await drawCurrentAndFutureAsync();
    const answer = await session.requestAsync({ type: 'compare-maps', requestId: 'md', beforeMapId: current, afterMapId: future, format: 'markdown' });
    if (answer.type !== 'maps-compared') throw new Error(JSON.stringify(answer));
    expect(answer.text).toMatch(/^# Customer journey map → Customer journey map \(future state\)\n\n1 pain points resolved, 1 kept, 1 new\n/);
  });

  it('refuses the same map twice or a map no longer on the board, and changes nothing', async () => {
    const { session, current } = await drawCurrentAndFutureAsync();
    const count = () => session.fake.figma.currentPage.findAll(() => true).length;
    const nodes = count();
    const same = await session.requestAsync({ type: 'compare-maps', requestId: 'same', beforeMapId: current, afterMapId: current });
    expect(same).toMatchObject({ type: 'error', message: USER_MESSAGES.chooseOtherMap, field: 'afterMapId' });
    const gone = await session.requestAsync({ type: 'compare-maps', requestId: 'gone', beforeMapId: current, afterMapId: 'no-such-map' });
    expect(gone).toMatchObject({ type: 'error', message: USER_MESSAGES.mapNotFound });
    expect(count()).toBe(nodes);
  });
});
