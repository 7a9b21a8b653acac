import { describe, expect, it } from 'vitest';
import { createDefaultSpec } from '../../../src/core/template/presets';
import { UNVERIFIED_SETTINGS } from '../../fake-figjam/index';
import { addNoteAsync, boundsOf, nodesWithRole, tagOf } from '../board-builders';
import { createMapAsync, exportNotesAsync } from '../map-edit-helpers';
import { startPluginSession } from '../plugin-session';
import type { PluginSession } from '../plugin-session';

function textOfRole(session: PluginSession, role: string): string {
  const node = nodesWithRole(session.fake.figma, role)[0];
  if (node?.type === 'TEXT') return node.characters;
  if (node?.type === 'SHAPE_WITH_TEXT') return node.text.characters;
  throw new Error(`no text with role ${role}`);
}

describe.each(UNVERIFIED_SETTINGS)('the persona card with slots on the fake ($name)', ({ unverified }) => {
  it('reads a name and role written on the card, and Tidy keeps them and redraws the initials', async () => {
    const session = startPluginSession({ unverified });
    const spec = createDefaultSpec();
    const mapId = await createMapAsync(session, { ...spec, persona: { ...spec.persona, role: 'Frequent flyer' } });
    const figma = session.fake.figma;
    for (const [role, characters] of [['persona-name', 'Ana Ruiz'], ['persona-role', 'Student, 21'], ['persona-description', 'Flies home twice a year']] as const) {
      const text = nodesWithRole(figma, role)[0]!;
      if (text.type !== 'TEXT') throw new Error(`${role} is not a text`);
      await figma.loadFontAsync(text.fontName as FontName);
      text.characters = characters;
    }
    const goals = nodesWithRole(figma, 'persona-slot').find((node) => tagOf(node, 'slotId') === 'goals')!;
    if (goals.type !== 'SECTION') throw new Error('the Goals slot is not a section');
    await addNoteAsync(figma, { text: 'Cheapest fare', x: boundsOf(goals).x + 40, y: boundsOf(goals).y + 120, parent: goals });

    const before = await exportNotesAsync(session, mapId);
    expect(before.journey.persona).toMatchObject({ name: 'Ana Ruiz', role: 'Student, 21', description: 'Flies home twice a year' });
    expect(before.journey.persona?.slots?.goals.map((note) => note.text)).toEqual(['Cheapest fare']);

    const tidied = await session.requestAsync({ type: 'tidy-map', requestId: 'tidy', mapId });
    expect(tidied).toMatchObject({ type: 'map-tidied', notesMoved: 0 });
    expect(textOfRole(session, 'persona-name')).toBe('Ana Ruiz');
    expect(textOfRole(session, 'persona-role')).toBe('Student, 21');
    expect(textOfRole(session, 'persona-initials')).toBe('AR');
    expect(nodesWithRole(figma, 'persona-slot')).toHaveLength(4);
    const after = await exportNotesAsync(session, mapId);
    expect(after.journey.persona).toEqual(before.journey.persona);
    expect(after.journey.parkingLot).toEqual([]);
  });

  it('leaves a map drawn without slots or a parking lot without them through Tidy, and exports neither field', async () => {
    const session = startPluginSession({ unverified });
    const spec = createDefaultSpec();
    const mapId = await createMapAsync(session, { ...spec, options: { ...spec.options, personaSlots: false, parkingLot: false } });
    const tidied = await session.requestAsync({ type: 'tidy-map', requestId: 'tidy', mapId });
    expect(tidied.type).toBe('map-tidied');
    for (const role of ['persona-slot', 'parking-lot', 'persona-name', 'persona-initials']) expect(nodesWithRole(session.fake.figma, role)).toEqual([]);
    expect(textOfRole(session, 'persona-card')).toContain('Persona');
    const { journey } = await exportNotesAsync(session, mapId);
    expect(journey.persona).not.toHaveProperty('slots');
    expect(journey).not.toHaveProperty('parkingLot');
    expect(journey.summary.counts).not.toHaveProperty('parkingLot');
  });
});
