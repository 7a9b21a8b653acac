import { describe, expect, it } from 'vitest';
import { rectContainsRect } from '../../../src/core/shared/geometry';
import { USER_MESSAGES } from '../../../src/core/shared/user-messages';
import { UNVERIFIED_SETTINGS } from '../../fake-figjam/index';
import { addNoteAsync, boundsOf, cellRect, laneSection, nodesWithRole, tagOf } from '../board-builders';
import { createMapAsync, exportNotesAsync } from '../map-edit-helpers';
import { startPluginSession } from '../plugin-session';
import type { PluginSession } from '../plugin-session';

interface Case {
  name: string;
  /** Deletes the part as a participant would, and says which export warning that gives. */
  remove(session: PluginSession): string;
  /** The role and id tag of the part Tidy map must draw again. */
  role: string;
  tag?: { key: 'laneId' | 'stageId' | 'slotId'; value: string };
  /** A cell is known by its lane and its stage. */
  stageId?: string;
}

const cases: Case[] = [
  {
    name: 'a lane',
    remove: ({ fake }) => {
      laneSection(fake.figma, 'opportunities').remove();
      return USER_MESSAGES.laneMissingFromBoard('Opportunities');
    },
    role: 'lane',
    tag: { key: 'laneId', value: 'opportunities' },
  },
  {
    name: 'a stage header',
    remove: ({ fake }) => {
      nodesWithRole(fake.figma, 'stage')
        .find((node) => tagOf(node, 'stageId') === 'retention')!
        .remove();
      return USER_MESSAGES.stageMissingFromBoard('Retention');
    },
    role: 'stage',
    tag: { key: 'stageId', value: 'retention' },
  },
  {
    name: 'the persona',
    remove: ({ fake }) => {
      nodesWithRole(fake.figma, 'persona')[0]!.remove();
      return USER_MESSAGES.personaMissingFromBoard;
    },
    role: 'persona',
  },
  {
    name: 'the title',
    remove: ({ fake }) => {
      nodesWithRole(fake.figma, 'title')[0]!.remove();
      return USER_MESSAGES.titleMissingFromBoard;
    },
    role: 'title',
  },
  {
    name: 'a cell',
    remove: ({ fake }) => {
      nodesWithRole(fake.figma, 'cell')
        .find((node) => tagOf(node, 'laneId') === 'opportunities' && tagOf(node, 'stageId') === 'awareness')!
        .remove();
      return USER_MESSAGES.cellMissingFromBoard('Opportunities', 'Awareness');
    },
    role: 'cell',
    tag: { key: 'laneId', value: 'opportunities' },
    stageId: 'awareness',
  },
  {
    name: 'an instruction',
    remove: ({ fake }) => {
      nodesWithRole(fake.figma, 'instruction')
        .find((node) => tagOf(node, 'laneId') === 'thoughts')!
        .remove();
      return USER_MESSAGES.instructionMissingFromBoard('Thoughts');
    },
    role: 'instruction',
    tag: { key: 'laneId', value: 'thoughts' },
  },
  {
    name: "the persona's Goals slot",
    remove: ({ fake }) => {
      nodesWithRole(fake.figma, 'persona-slot')
        .find((node) => tagOf(node, 'slotId') === 'goals')!
        .remove();
      return USER_MESSAGES.personaSlotMissingFromBoard('Goals');
    },
    role: 'persona-slot',
    tag: { key: 'slotId', value: 'goals' },
  },
  {
    name: 'the parking lot',
    remove: ({ fake }) => {
      nodesWithRole(fake.figma, 'parking-lot')[0]!.remove();
      return USER_MESSAGES.parkingLotMissingFromBoard;
    },
    role: 'parking-lot',
  },
];

function lastExport(session: PluginSession) {
  return session
    .messages()
    .filter((message) => message.type === 'map-exported')
    .pop();
}

function partsWithRole(session: PluginSession, item: Case) {
  return nodesWithRole(session.fake.figma, item.role).filter(
    (node) =>
      (!item.tag || tagOf(node, item.tag.key) === item.tag.value) && (!item.stageId || tagOf(node, 'stageId') === item.stageId),
  );
}

describe.each(UNVERIFIED_SETTINGS)('a map with a missing part ($name)', ({ unverified }) => {
  it.each(cases)(
    'exports without $name, with a warning and every remaining note in its cell, and tidy draws it again',
    async (item) => {
      const session = startPluginSession({ unverified });
      const { figma } = session.fake;
      const mapId = await createMapAsync(session);
      const noteIn = async (laneId: string, stageId: string) => {
        const cell = cellRect(figma, laneId, stageId);
        return addNoteAsync(figma, {
          text: `${laneId} ${stageId}`,
          x: cell.x + 40,
          y: cell.y + 40,
          parent: laneSection(figma, laneId),
        });
      };
      const notes = [
        await noteIn('painPoints', 'purchase'),
        await noteIn('thoughts', 'retention'),
        await noteIn('actions', 'advocacy'),
      ];
      const cellsBefore = new Map(notes.map((note) => [note.id, boundsOf(note)]));
      const warning = item.remove(session);
      expect(partsWithRole(session, item)).toHaveLength(0);

      const exported = await exportNotesAsync(session, mapId);
      const answer = lastExport(session);
      expect(answer).toMatchObject({ warnings: [warning] });
      expect(exported.journey.lanes.map((lane) => lane.id)).toContain('opportunities');
      expect(exported.journey.stages.map((stage) => stage.id)).toContain('retention');
      expect(exported.places.get(notes[0]!.id)).toEqual({ kind: 'cell', stageId: 'purchase', laneId: 'painPoints' });
      expect(exported.places.get(notes[1]!.id)).toEqual({ kind: 'cell', stageId: 'retention', laneId: 'thoughts' });
      expect(exported.places.get(notes[2]!.id)).toEqual({ kind: 'cell', stageId: 'advocacy', laneId: 'actions' });

      const spec = await session.requestAsync({ type: 'read-map-spec', requestId: 'edit', mapId });
      expect(spec.type).toBe('map-spec');

      const tidied = await session.requestAsync({ type: 'tidy-map', requestId: 'tidy', mapId });
      expect(tidied).toMatchObject({ type: 'map-tidied', notesMoved: 0 });
      expect(partsWithRole(session, item)).toHaveLength(1);
      for (const note of notes) expect(boundsOf(note)).toEqual(cellsBefore.get(note.id));
      const again = await exportNotesAsync(session, mapId);
      expect(lastExport(session)).not.toHaveProperty('warnings');
      expect(again.places).toEqual(exported.places);
      for (const note of notes) {
        const place = again.places.get(note.id)!;
        if (place.kind === 'cell')
          expect(rectContainsRect(cellRect(figma, place.laneId, place.stageId), boundsOf(note))).toBe(true);
      }
    },
  );

  it('says a map whose outer section is gone is no longer a map', async () => {
    const session = startPluginSession({ unverified });
    const mapId = await createMapAsync(session);
    nodesWithRole(session.fake.figma, 'map')[0]!.remove();
    const answer = await session.requestAsync({ type: 'export-map', requestId: 'export', mapId });
    expect(answer).toMatchObject({ type: 'error', message: USER_MESSAGES.mapNotFound });
  });
});
