import { describe, expect, it } from 'vitest';
import type { ImportedJourney } from '../../../src/core/import/journey-import-schema';
import { stickyKeepsDefaultHeight } from '../../../src/core/import/sticky-keeps-default-height';
import { STICKY_SIZE } from '../../../src/core/template/map-layout';
import { createBenchJourney } from '../../bench/measure-import-async';
import { boundsOf } from '../board-builders';
import { startPluginSession } from '../plugin-session';

async function importCallsAsync(journey: ImportedJourney): Promise<Record<string, number>> {
  const session = startPluginSession();
  const answer = await session.requestAsync({ type: 'import-map', requestId: 'count', journey });
  if (answer.type !== 'map-imported') throw new Error(JSON.stringify(answer));
  const counts = session.fake.handles.counts.snapshot();
  // Messages to the panel are not calls on the board: progress is resent on time (every half second without
  // one), so a loaded machine sends more of them for the same notes.
  const messages = counts.byNode['figma.ui']?.['postMessage'] ?? 0;
  const byMember = { ...counts.byMember, postMessage: (counts.byMember['postMessage'] ?? 0) - messages };
  return { ...byMember, total: counts.total - messages };
}

/** What `extra` more notes add to an import, member by member: the map around them cancels out. */
async function addedCallsAsync(voteEvery: number, base = 160, extra = 160): Promise<Record<string, number>> {
  const before = await importCallsAsync(createBenchJourney(base, voteEvery));
  const after = await importCallsAsync(createBenchJourney(base + extra, voteEvery));
  const added: Record<string, number> = {};
  for (const member of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const difference = ((after[member] ?? 0) - (before[member] ?? 0)) / extra;
    if (difference !== 0) added[member] = difference;
  }
  return added;
}

describe('import-map calls per note', () => {
  it('makes a note without votes in 6 calls: create, author hidden, text sublayer, characters, parent, position', async () => {
    const added = await addedCallsAsync(0);
    expect(added).toEqual({
      total: 6,
      createSticky: 1,
      authorVisible: 1,
      text: 1,
      'text.characters': 1,
      appendChild: 1,
      relativeTransform: 1,
    });
  });

  it('adds 16 calls for a note with votes: its recorded votes, and one badge node with its text', async () => {
    const added = await addedCallsAsync(1);
    expect(added['total']).toBe(22);
    expect(added['createShapeWithText']).toBe(1);
    expect(added['setSharedPluginData']).toBe(4); // the votes on the note; role, map and note on the badge
    expect(added['text']).toBe(2); // the note's and the badge's sublayer, each read once
  });

  it('reads the height of a note whose text may not fit, and stacks the notes of a cell without overlap', async () => {
    const long = 'A long note that goes on and on about the checkout, the delivery and the refund. '.repeat(4).trim();
    expect(stickyKeepsDefaultHeight(long, 24)).toBe(false);
    expect(stickyKeepsDefaultHeight('Short', 24)).toBe(true);
    const session = startPluginSession();
    const notes = [long, 'Short', long, 'Short', long, 'Short'].map((text) => ({ text }));
    const answer = await session.requestAsync({
      type: 'import-map',
      requestId: 'heights',
      journey: { schemaVersion: 1, title: 'Heights', lanes: [{ id: 'a', name: 'Actions', kind: 'actions' }], stages: [{ id: 's', name: 'Start', lanes: { a: notes } }] },
    });
    expect(answer.type).toBe('map-imported');
    const stickies = session.fake.figma.currentPage.findAll((node) => node.type === 'STICKY');
    expect(stickies).toHaveLength(notes.length);
    expect(stickies.some((sticky) => boundsOf(sticky).height > STICKY_SIZE)).toBe(true);
    const boxes = stickies.map(boundsOf);
    boxes.forEach((box, index) => {
      for (const other of boxes.slice(index + 1)) {
        const overlaps = box.x < other.x + other.width && other.x < box.x + box.width && box.y < other.y + other.height && other.y < box.y + box.height;
        expect(overlaps).toBe(false);
      }
    });
  });
});
