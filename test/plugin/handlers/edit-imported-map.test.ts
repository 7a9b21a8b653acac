import { describe, expect, it } from 'vitest';
import type { ImportedJourney } from '../../../src/core/import/journey-import-schema';
import { TAG_KEYS } from '../../../src/core/board/map-tags';
import type { TemplateSpec } from '../../../src/core/template/template-spec';
import type { FigJamApi, FigJamSceneNode } from '../../../src/plugin/platform/figjam-api';
import { boundsOf, nodesWithRole, tagOf } from '../board-builders';
import { exportNotesAsync } from '../map-edit-helpers';
import { startPluginSession } from '../plugin-session';
import type { PluginSession } from '../plugin-session';

const journey: ImportedJourney = {
  schemaVersion: 1,
  title: 'Votes',
  lanes: [
    { id: 'pains', name: 'Pain points', kind: 'painPoints' },
    { id: 'ideas', name: 'Opportunities', kind: 'opportunities' },
  ],
  stages: [
    { id: 'find', name: 'Find', lanes: { pains: [{ text: 'Too many ads', votes: 2 }], ideas: [{ text: 'Fewer ads' }] } },
    { id: 'buy', name: 'Buy', lanes: { pains: [{ text: 'Slow', votes: 3 }, { text: 'Fees' }], ideas: [{ text: 'One click', votes: 1 }] } },
  ],
};

async function importJourneyAsync(session: PluginSession): Promise<string> {
  const answer = await session.requestAsync({ type: 'import-map', requestId: 'import', journey });
  if (answer.type !== 'map-imported') throw new Error(JSON.stringify(answer));
  return answer.mapId;
}

async function storedSpecAsync(session: PluginSession, mapId: string): Promise<TemplateSpec> {
  const answer = await session.requestAsync({ type: 'read-map-spec', requestId: 'spec', mapId });
  if (answer.type !== 'map-spec') throw new Error(JSON.stringify(answer));
  return answer.spec;
}

/** Each badge's top-left, from its note's top-left, by note id. */
function badgeOffsets(figma: FigJamApi): Map<string, { x: number; y: number }> {
  const offsets = new Map<string, { x: number; y: number }>();
  for (const badge of nodesWithRole(figma, 'vote-badge')) {
    const noteId = tagOf(badge, TAG_KEYS.noteId);
    const note = figma.currentPage.findOne((node) => node.id === noteId)!;
    offsets.set(noteId, { x: boundsOf(badge).x - boundsOf(note).x, y: boundsOf(badge).y - boundsOf(note).y });
  }
  return offsets;
}

function noteWithText(figma: FigJamApi, text: string): FigJamSceneNode {
  const note = figma.currentPage.findAllWithCriteria({ types: ['STICKY'] }).find((node) => node.text.characters === text);
  if (!note) throw new Error(`No note ${text}`);
  return note;
}

describe('editing an imported map', () => {
  it('sends the badges of a note kept beside the map to the page with it, at its corner, its votes still exported', async () => {
    const session = startPluginSession();
    const { figma } = session.fake;
    const mapId = await importJourneyAsync(session);
    const before = await exportNotesAsync(session, mapId);
    const offsets = badgeOffsets(figma);
    const spec = await storedSpecAsync(session, mapId);

    const answer = await session.requestAsync({
      type: 'update-map',
      requestId: 'update',
      mapId,
      spec: { ...spec, stages: spec.stages.filter((stage) => stage.id !== 'buy') },
      keepNotesBeside: true,
    });
    if (answer.type !== 'map-updated') throw new Error(JSON.stringify(answer));
    expect(answer.notesKeptBeside).toBe(3);

    const slow = noteWithText(figma, 'Slow');
    expect(slow.parent?.id).toBe(figma.currentPage.id);
    const badges = nodesWithRole(figma, 'vote-badge').filter((badge) => tagOf(badge, TAG_KEYS.noteId) === slow.id);
    expect(badges).toHaveLength(1);
    expect(badges[0]!.parent?.id).toBe(figma.currentPage.id);
    expect(badgeOffsets(figma)).toEqual(offsets);
    const after = await exportNotesAsync(session, mapId);
    expect(after.places.get(slow.id)).toEqual({ kind: 'unplaced', reason: 'near-map' });
    expect(after.votes).toEqual(before.votes);
    expect(after.votes.get(slow.id)).toBe(3);
  });

  it('keeps the votes and the badges at their notes through an update and a tidy', async () => {
    const session = startPluginSession();
    const { figma } = session.fake;
    const mapId = await importJourneyAsync(session);
    const before = await exportNotesAsync(session, mapId);
    const offsets = badgeOffsets(figma);
    expect(offsets.size).toBe(3);
    const spec = await storedSpecAsync(session, mapId);

    const stages = [{ id: 'look', name: 'Look around' }, ...[...spec.stages].reverse().map((stage) => ({ ...stage, name: `${stage.name}!` }))];
    const updated = await session.requestAsync({ type: 'update-map', requestId: 'update', mapId, spec: { ...spec, stages, lanes: [...spec.lanes].reverse() } });
    if (updated.type !== 'map-updated') throw new Error(JSON.stringify(updated));
    expect(updated.notesMoved).toBeGreaterThan(0);
    const afterUpdate = await exportNotesAsync(session, mapId);
    expect(afterUpdate.places).toEqual(before.places);
    expect(afterUpdate.votes).toEqual(before.votes);
    expect(badgeOffsets(figma)).toEqual(offsets);

    const lane = nodesWithRole(figma, 'lane')[0]!;
    lane.x += 120;
    lane.y -= 60;
    const tidied = await session.requestAsync({ type: 'tidy-map', requestId: 'tidy', mapId });
    if (tidied.type !== 'map-tidied') throw new Error(JSON.stringify(tidied));
    expect(tidied.partsRestored).toBeGreaterThan(0);
    const afterTidy = await exportNotesAsync(session, mapId);
    expect(afterTidy.places).toEqual(before.places);
    expect(afterTidy.votes).toEqual(before.votes);
    expect(badgeOffsets(figma)).toEqual(offsets);
  });
});
