import { describe, expect, it } from 'vitest';
import { createDefaultSpec } from '../../../src/core/template/presets';
import type { SandboxToUi } from '../../../src/core/protocol/protocol';
import { USER_MESSAGES } from '../../../src/core/shared/user-messages';
import { NOTES_PER_STEP } from '../../../src/plugin/read/read-map-notes-async';
import { addNoteAsync, cellRect, laneSection } from '../board-builders';
import { createMapAsync } from '../map-edit-helpers';
import { startPluginSession } from '../plugin-session';
import type { PluginSession } from '../plugin-session';
import { distinctProgress } from '../distinct-progress';

function progressOf(session: PluginSession, requestId: string): Array<Extract<SandboxToUi, { type: 'progress' }>> {
  return distinctProgress(session.messages(), requestId);
}

/** A map with one note out of line, so that tidying and updating both have a note to move. */
async function startWithMapAsync(): Promise<{ session: PluginSession; mapId: string }> {
  const session = startPluginSession();
  const mapId = await createMapAsync(session);
  const { figma } = session.fake;
  const cell = cellRect(figma, 'thoughts', 'purchase');
  await addNoteAsync(figma, { text: 'Half out of its cell', x: cell.x - 100, y: cell.y + 40, parent: laneSection(figma, 'thoughts') });
  return { session, mapId };
}

describe('progress of the changes made to a drawn map', () => {
  it('tidy-map says how many notes it is about to move before it answers', async () => {
    const { session, mapId } = await startWithMapAsync();
    const answer = await session.requestAsync({ type: 'tidy-map', requestId: 'tidy', mapId });
    expect(answer).toMatchObject({ type: 'map-tidied', notesMoved: 1 });
    expect(progressOf(session, 'tidy')).toEqual([{ type: 'progress', requestId: 'tidy', phase: USER_MESSAGES.movingNotes, done: 0, total: 1 }]);
    expect(session.messages().findIndex((message) => message.type === 'map-tidied')).toBeGreaterThan(
      session.messages().findIndex((message) => message.type === 'progress'),
    );
  });

  it('update-map says so too, but not when it only asks a question', async () => {
    const { session, mapId } = await startWithMapAsync();
    const spec = createDefaultSpec();
    const withoutPurchase = { ...spec, stages: spec.stages.filter((stage) => stage.id !== 'purchase') };
    const question = await session.requestAsync({ type: 'update-map', requestId: 'ask', mapId, spec: withoutPurchase });
    expect(question.type).toBe('update-needs-confirmation');
    expect(progressOf(session, 'ask')).toEqual([]);
    const renamed = { ...spec, stages: spec.stages.map((stage) => ({ ...stage, name: `${stage.name} stage` })) };
    const answer = await session.requestAsync({ type: 'update-map', requestId: 'update', mapId, spec: renamed });
    expect(answer.type).toBe('map-updated');
    expect(progressOf(session, 'update').map((message) => message.phase)).toEqual([USER_MESSAGES.movingNotes]);
  });

  it('reads a big map in steps before tidying it, with progress at each', async () => {
    const session = startPluginSession();
    const mapId = await createMapAsync(session);
    const { figma } = session.fake;
    const lane = laneSection(figma, 'thoughts');
    const cell = cellRect(figma, 'thoughts', 'awareness');
    const probe = figma.createSticky();
    await figma.loadFontAsync(probe.text.fontName as FontName);
    probe.remove();
    const count = NOTES_PER_STEP + 5;
    for (let index = 0; index < count; index++) {
      const sticky = figma.createSticky();
      sticky.text.characters = `Thought ${index}`;
      lane.appendChild(sticky);
      sticky.x = cell.x - lane.absoluteTransform[0][2] + 20;
      sticky.y = cell.y - lane.absoluteTransform[1][2] + 20;
    }
    await session.requestAsync({ type: 'tidy-map', requestId: 'big', mapId });
    expect(progressOf(session, 'big').map((message) => [message.phase, message.done, message.total])).toEqual([
      [USER_MESSAGES.readingNotes, NOTES_PER_STEP, count],
      // The pile is spread: its first note stays, and the cell's other free places (3 × 2 in all) take one each.
      [USER_MESSAGES.movingNotes, 0, createDefaultSpec().options.cellColumns * createDefaultSpec().options.cellRows - 1],
    ]);
  });
});
