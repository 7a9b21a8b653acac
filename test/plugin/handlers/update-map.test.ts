import { withDrawnMapParts } from '../../../src/core/template/with-new-map-parts';
import { describe, expect, it, vi } from 'vitest';
import { createFailingApi } from '../create-failing-api';
import { computeMapLayout } from '../../../src/core/template/compute-map-layout';
import { createDefaultSpec } from '../../../src/core/template/presets';
import type { TemplateSpec } from '../../../src/core/template/template-spec';
import { USER_MESSAGES } from '../../../src/core/shared/user-messages';
import { handleUpdateMapAsync } from '../../../src/plugin/handlers/handle-update-map-async';
import { FakeSceneNodeBase } from '../../fake-figjam/fake-node';
import { boundsOf, cellRect, laneSection, nodesWithRole, tagOf } from '../board-builders';
import { countStickies, createMapAsync, dumpBoard, exportNotesAsync } from '../map-edit-helpers';
import { startPluginSession } from '../plugin-session';
import { drawWorkshopBoardAsync } from '../workshop-board';

function withStages(spec: TemplateSpec, stages: TemplateSpec['stages']): TemplateSpec {
  return { ...spec, stages };
}

describe('read-map-spec', () => {
  it('answers the stored spec with the names on the board now and the notes in each lane and stage', async () => {
    const session = startPluginSession();
    const notes = await drawWorkshopBoardAsync(session.fake, session);
    void notes;
    const { figma } = session.fake;
    const header = nodesWithRole(figma, 'stage').find((node) => tagOf(node, 'stageId') === 'purchase')!;
    if (header.type !== 'SHAPE_WITH_TEXT') throw new Error('header is not a shape');
    header.text.characters = 'Buying';
    const mapId = tagOf(nodesWithRole(figma, 'map')[0]!, 'mapId');
    const answer = await session.requestAsync({ type: 'read-map-spec', requestId: 'spec', mapId });
    if (answer.type !== 'map-spec') throw new Error(JSON.stringify(answer));
    const expected = createDefaultSpec();
    expect(answer.spec.stages.map((stage) => stage.id)).toEqual(expected.stages.map((stage) => stage.id));
    expect(answer.spec.stages.find((stage) => stage.id === 'purchase')?.name).toBe('Buying');
    expect(answer.notesByLane).toEqual({ touchpoints: 2, actions: 0, thoughts: 1, emotions: 2, painPoints: 2, opportunities: 0 });
    expect(answer.notesByStage).toEqual({ awareness: 3, consideration: 1, purchase: 3, retention: 0, advocacy: 0 });
  });
});

describe('update-map', () => {
  it('renames, reorders and adds stages and lanes, and every note moves with its cell, votes and all', async () => {
    const session = startPluginSession();
    await drawWorkshopBoardAsync(session.fake, session);
    const { figma, handles } = session.fake;
    const mapId = tagOf(nodesWithRole(figma, 'map')[0]!, 'mapId');
    const before = await exportNotesAsync(session, mapId);
    const stickies = countStickies(figma);
    const spec = createDefaultSpec();
    const stages = [...spec.stages].reverse().map((stage) => (stage.id === 'purchase' ? { ...stage, name: 'Buying' } : stage));
    stages.splice(2, 0, { id: 'onboarding', name: 'Onboarding' });
    const next: TemplateSpec = { ...withStages(spec, stages), lanes: [spec.lanes[4]!, ...spec.lanes.slice(0, 4), { id: 'ideas', name: 'Ideas', kind: 'custom' }, spec.lanes[5]!] };

    const answer = await session.requestAsync({ type: 'update-map', requestId: 'update', mapId, spec: next });
    expect(answer.type).toBe('map-updated');
    if (answer.type !== 'map-updated') return;
    expect(answer.notesKeptBeside).toBe(0);
    expect(answer.notesMoved).toBeGreaterThan(0);
    expect(handles.undoCommits).toBe(2);

    const after = await exportNotesAsync(session, mapId);
    expect(after.places).toEqual(before.places);
    expect(after.votes).toEqual(before.votes);
    expect(countStickies(figma)).toBe(stickies);
    expect(after.journey.stages.map((stage) => stage.name)).toEqual(stages.map((stage) => stage.name));
    expect(after.journey.lanes.map((lane) => lane.id)).toEqual(next.lanes.map((lane) => lane.id));

    const map = nodesWithRole(figma, 'map')[0]!;
    // The spec sent says nothing of the persona slots and parking lot, so the map keeps them.
    const layout = computeMapLayout(withDrawnMapParts(next, { personaSlots: true, parkingLot: true }), { x: boundsOf(map).x, y: boundsOf(map).y });
    expect(boundsOf(map)).toEqual(layout.bounds);
    for (const lane of layout.lanes) {
      expect(boundsOf(laneSection(figma, lane.laneId))).toEqual(lane.band);
      for (const cell of lane.cells) expect(cellRect(figma, lane.laneId, cell.stageId)).toEqual(cell.rect);
    }
    expect(nodesWithRole(figma, 'cell')).toHaveLength(next.stages.length * next.lanes.length);
    expect(nodesWithRole(figma, 'stage')).toHaveLength(next.stages.length);
    const stored = JSON.parse(tagOf(map, 'spec')) as TemplateSpec;
    expect(stored.stages.map((stage) => stage.id)).toEqual(stages.map((stage) => stage.id));
  });

  it('asks first when a removed lane holds notes, and changes nothing', async () => {
    const session = startPluginSession();
    await drawWorkshopBoardAsync(session.fake, session);
    const { figma, handles } = session.fake;
    const mapId = tagOf(nodesWithRole(figma, 'map')[0]!, 'mapId');
    const board = dumpBoard(session.fake);
    const spec = createDefaultSpec();
    const next = { ...spec, lanes: spec.lanes.filter((lane) => lane.id !== 'painPoints') };
    const answer = await session.requestAsync({ type: 'update-map', requestId: 'update', mapId, spec: next });
    expect(answer).toEqual({ type: 'update-needs-confirmation', requestId: 'update', mapId, notes: 2, stages: [], lanes: ['Pain points'] });
    expect(dumpBoard(session.fake)).toEqual(board);
    expect(handles.undoCommits).toBe(1);
  });

  it('keeps the notes of a removed stage and lane beside the map when agreed, exported as near the map', async () => {
    const session = startPluginSession();
    const notes = await drawWorkshopBoardAsync(session.fake, session);
    const { figma } = session.fake;
    const mapId = tagOf(nodesWithRole(figma, 'map')[0]!, 'mapId');
    const before = await exportNotesAsync(session, mapId);
    const spec = createDefaultSpec();
    const next = { ...spec, stages: spec.stages.filter((stage) => stage.id !== 'awareness'), lanes: spec.lanes.filter((lane) => lane.id !== 'painPoints') };
    const answer = await session.requestAsync({ type: 'update-map', requestId: 'update', mapId, spec: next, keepNotesBeside: true });
    if (answer.type !== 'map-updated') throw new Error(JSON.stringify(answer));
    const gone = [notes.ad, notes.search, notes.border, notes.checkout, notes.shipping].map((note) => note.id);
    expect(answer.notesKeptBeside).toBe(gone.length);
    const after = await exportNotesAsync(session, mapId);
    for (const id of gone) expect(after.places.get(id)).toEqual({ kind: 'unplaced', reason: 'near-map' });
    for (const [id, place] of before.places) if (!gone.includes(id)) expect(after.places.get(id)).toEqual(place);
    expect(after.votes).toEqual(before.votes);
    expect(notes.shipping.stuckNodes).toHaveLength(3);
    for (const stamp of notes.shipping.stuckNodes) expect(stamp.parent?.id).toBe(figma.currentPage.id);
    expect(nodesWithRole(figma, 'lane')).toHaveLength(5);
  });

  it('records on each note kept beside the map which stage and lane it came from, and the export says it', async () => {
    const session = startPluginSession();
    const notes = await drawWorkshopBoardAsync(session.fake, session);
    const { figma } = session.fake;
    const mapId = tagOf(nodesWithRole(figma, 'map')[0]!, 'mapId');
    const spec = createDefaultSpec();
    const next = { ...spec, stages: spec.stages.filter((stage) => stage.id !== 'awareness'), lanes: spec.lanes.filter((lane) => lane.id !== 'painPoints') };
    const answer = await session.requestAsync({ type: 'update-map', requestId: 'update', mapId, spec: next, keepNotesBeside: true });
    if (answer.type !== 'map-updated') throw new Error(JSON.stringify(answer));
    const exported = await session.requestAsync({ type: 'export-map', requestId: 'export', mapId });
    if (exported.type !== 'map-exported') throw new Error(JSON.stringify(exported));
    const from = new Map(exported.journey.unplaced.map((note) => [note.id, note.from]));
    expect(from.get(notes.ad.id)).toEqual({ stageId: 'awareness', stageName: 'Awareness', laneId: 'touchpoints', laneName: 'Touchpoints' });
    expect(from.get(notes.shipping.id)).toEqual({ stageId: 'purchase', stageName: 'Purchase', laneId: 'painPoints', laneName: 'Pain points' });
    // Notes that were beside the map before the edit did not come from a cell.
    expect(from.get(notes.outside.id)).toBeUndefined();
  });

  it('refuses an invalid spec with the field that is wrong, and changes nothing', async () => {
    const session = startPluginSession();
    const mapId = await createMapAsync(session);
    const board = dumpBoard(session.fake);
    const spec = createDefaultSpec();
    const answer = await session.requestAsync({
      type: 'update-map',
      requestId: 'update',
      mapId,
      spec: { ...spec, stages: [spec.stages[0], { id: 'x', name: ' ' }] },
    });
    expect(answer).toMatchObject({ type: 'error', field: 'spec.stages[1].name' });
    expect(dumpBoard(session.fake)).toEqual(board);
  });

  it('leaves the board as it was when drawing fails part-way, after notes and stamps have moved', async () => {
    for (const failAt of [1, 3, 8, 12]) {
      const session = startPluginSession();
      await drawWorkshopBoardAsync(session.fake, session);
      const { figma, handles } = session.fake;
      const mapId = tagOf(nodesWithRole(figma, 'map')[0]!, 'mapId');
      const board = dumpBoard(session.fake);
      const spec = createDefaultSpec();
      const next: TemplateSpec = {
        ...spec,
        stages: [{ id: 'discovery', name: 'Discovery' }, ...spec.stages.slice(1)],
        lanes: [...spec.lanes.filter((lane) => lane.id !== 'painPoints'), { id: 'ideas', name: 'Ideas', kind: 'custom' }],
      };
      const { api: failing, calls: shapes } = createFailingApi(figma, 'createShapeWithText', 'injected failure', failAt);
      await expect(
        handleUpdateMapAsync(failing, { type: 'update-map', requestId: 'update', mapId, spec: next, keepNotesBeside: true }),
      ).rejects.toThrow('injected failure');
      expect(shapes()).toBe(failAt);
      expect(dumpBoard(session.fake)).toEqual(board);
      expect(handles.undoCommits).toBe(1);
    }
  });
});

describe('update-map that only renames a stage', () => {
  async function drawTwoAcrossAsync() {
    const session = startPluginSession();
    const names = ['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy'];
    const imported = await session.requestAsync({
      type: 'import-map',
      requestId: 'draw',
      journey: {
        schemaVersion: 1,
        title: 'Home broadband switch',
        cellSize: { columns: 2, rows: 2 },
        lanes: [{ id: 'actions', name: 'Actions', kind: 'actions' }],
        stages: names.map((name, index) => ({ id: `s${index}`, name, lanes: { actions: [{ text: `${name} one` }, { text: `${name} two` }] } })),
      },
    });
    if (imported.type !== 'map-imported') throw new Error(JSON.stringify(imported));
    const { figma } = session.fake;
    const stored = JSON.parse(tagOf(nodesWithRole(figma, 'map')[0]!, 'spec')) as TemplateSpec;
    const headerFonts = () => nodesWithRole(figma, 'stage').map((node) => (node.type === 'SHAPE_WITH_TEXT' && typeof node.text.fontSize === 'number' ? node.text.fontSize : 0));
    return { session, mapId: imported.mapId, stored, headerFonts };
  }

  it('moves no note: "Consideration" renamed "Research" on a map 2 notes across keeps every header\'s type and the grid', async () => {
    const { session, mapId, stored, headerFonts } = await drawTwoAcrossAsync();
    const fontsBefore = headerFonts();
    expect(fontsBefore).toHaveLength(5);
    expect(fontsBefore.every((size) => size > 0)).toBe(true);
    const renamed = { ...stored, stages: stored.stages.map((stage) => (stage.name === 'Consideration' ? { ...stage, name: 'Research' } : stage)) };
    const answer = await session.requestAsync({ type: 'update-map', requestId: 'rename', mapId, spec: renamed });
    expect(answer).toEqual({ type: 'map-updated', requestId: 'rename', mapId, notesMoved: 0, notesKeptBeside: 0 });
    expect(session.fake.handles.notifications.at(-1)?.message).toBe(USER_MESSAGES.mapUpdated(0, 0));
    expect(headerFonts()).toEqual(fontsBefore);
  });

  it('draws a name too long for its header smaller, alone, and says so', async () => {
    const { session, mapId, stored, headerFonts } = await drawTwoAcrossAsync();
    const fontsBefore = headerFonts();
    const long = 'Researching the issue and comparing the options in detail';
    const renamed = { ...stored, stages: stored.stages.map((stage) => (stage.name === 'Consideration' ? { ...stage, name: long } : stage)) };
    const answer = await session.requestAsync({ type: 'update-map', requestId: 'rename', mapId, spec: renamed });
    expect(answer).toMatchObject({ type: 'map-updated', notesMoved: 0, namesDrawnSmaller: [long] });
    const fonts = headerFonts();
    expect(fonts.filter((_, index) => index !== 1)).toEqual(fontsBefore.filter((_, index) => index !== 1));
    expect(fonts[1]!).toBeLessThan(fontsBefore[1]!);
    expect(session.fake.handles.notifications.at(-1)?.message).toContain(USER_MESSAGES.namesDrawnSmaller([long]).slice(0, 40));
  });
});

describe('update-map next to another map', () => {
  it('refuses to grow a map over its future-state copy, and changes neither map', async () => {
    const session = startPluginSession();
    await drawWorkshopBoardAsync(session.fake, session);
    const { figma, handles } = session.fake;
    const mapId = tagOf(nodesWithRole(figma, 'map')[0]!, 'mapId');
    const duplicated = await session.requestAsync({ type: 'duplicate-map', requestId: 'duplicate', mapId });
    if (duplicated.type !== 'map-imported') throw new Error(JSON.stringify(duplicated));
    const board = dumpBoard(session.fake);
    const undoBefore = handles.undoCommits;
    const original = await exportNotesAsync(session, mapId);
    const copy = await exportNotesAsync(session, duplicated.mapId);

    const spec = createDefaultSpec();
    const added = Array.from({ length: 7 }, (_, index) => ({ id: `extra-${index}`, name: `Extra ${index + 1}` }));
    const answer = await session.requestAsync({ type: 'update-map', requestId: 'update', mapId, spec: withStages(spec, [...spec.stages, ...added]) });
    const copyTitle = nodesWithRole(figma, 'map').find((node) => tagOf(node, 'mapId') === duplicated.mapId)!.name;
    expect(answer).toEqual({ type: 'error', requestId: 'update', message: USER_MESSAGES.mapInTheWay(copyTitle) });
    expect(dumpBoard(session.fake)).toEqual(board);
    expect(handles.undoCommits).toBe(undoBefore);
    const strip = ({ journey, ...rest }: Awaited<ReturnType<typeof exportNotesAsync>>) => ({ ...rest, journey: { ...journey, exportedAt: '' } });
    expect(strip(await exportNotesAsync(session, mapId))).toEqual(strip(original));
    expect(strip(await exportNotesAsync(session, duplicated.mapId))).toEqual(strip(copy));

    // One stage more still leaves the near-map margin between them.
    const one = await session.requestAsync({ type: 'update-map', requestId: 'one', mapId, spec: withStages(spec, [...spec.stages, added[0]!]) });
    expect(one.type).toBe('map-updated');
  });
});

describe('update-map when a removal fails', () => {
  it('removes the rest, closes the undo step so one undo restores the map, and says what was left', async () => {
    const session = startPluginSession();
    const { figma, handles } = session.fake;
    const mapId = await createMapAsync(session);
    const header = nodesWithRole(figma, 'stage').find((node) => tagOf(node, 'stageId') === 'advocacy')!;
    const original = FakeSceneNodeBase.prototype.remove;
    const refuse = vi.spyOn(FakeSceneNodeBase.prototype, 'remove').mockImplementation(function (this: FakeSceneNodeBase) {
      if (this.id === header.id) throw new Error('cannot remove');
      original.call(this);
    });
    const undoBefore = handles.undoCommits;
    const spec = createDefaultSpec();
    try {
      const answer = await session.requestAsync({ type: 'update-map', requestId: 'update', mapId, spec: withStages(spec, spec.stages.slice(0, 4)) });
      expect(answer).toEqual({ type: 'error', requestId: 'update', message: USER_MESSAGES.partsNotRemoved(1) });
    } finally {
      refuse.mockRestore();
    }
    expect(handles.undoCommits).toBe(undoBefore + 1);
    expect(header.removed).toBe(false);
    expect(nodesWithRole(figma, 'cell').filter((cell) => tagOf(cell, 'stageId') === 'advocacy')).toHaveLength(0);
    expect(nodesWithRole(figma, 'cell')).toHaveLength(4 * spec.lanes.length);
  });
});
