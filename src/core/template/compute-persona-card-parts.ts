import type { PersonaLayout } from './map-layout';
import type { MapColors } from '../shared/map-style';
import type { RenderPart } from './render-plan';
import { RENDER_KEYS } from './render-plan';
import { solidPaints, textOf } from './render-style';

/**
 * The parts a persona card with slots adds inside the persona section, after the card: the initials circle, the
 * name, role and description texts, then one section per slot. None when the layout has no slots. Slots are
 * sections, so FigJam puts a note dropped on one into it and the export knows the slot from the note's parent.
 */
export function computePersonaCardParts(persona: PersonaLayout, colors: MapColors): RenderPart[] {
  if (!persona.details || !persona.slots) return [];
  const { initials, name, role, description } = persona.details;
  const parts: RenderPart[] = [
    {
      key: RENDER_KEYS.personaInitials,
      parentKey: RENDER_KEYS.persona,
      type: 'SHAPE_WITH_TEXT',
      rect: initials.rect,
      tags: { role: 'persona-initials' },
      shapeType: 'ELLIPSE',
      fills: solidPaints(colors.personaFill),
      text: textOf(initials, colors.text),
    },
    {
      key: RENDER_KEYS.personaName,
      parentKey: RENDER_KEYS.persona,
      type: 'TEXT',
      rect: name.rect,
      tags: { role: 'persona-name' },
      text: textOf(name, colors.text),
    },
  ];
  if (role) {
    parts.push({
      key: RENDER_KEYS.personaRole,
      parentKey: RENDER_KEYS.persona,
      type: 'TEXT',
      rect: role.rect,
      tags: { role: 'persona-role' },
      text: textOf(role, colors.mutedText),
    });
  }
  parts.push({
    key: RENDER_KEYS.personaDescription,
    parentKey: RENDER_KEYS.persona,
    type: 'TEXT',
    rect: description.rect,
    tags: { role: 'persona-description' },
    text: textOf(description, colors.text),
  });
  for (const slot of persona.slots) {
    const slotKey = RENDER_KEYS.personaSlot(slot.slotId);
    parts.push({
      key: slotKey,
      parentKey: RENDER_KEYS.persona,
      type: 'SECTION',
      rect: slot.rect,
      tags: { role: 'persona-slot', slotId: slot.slotId },
      name: slot.name,
      fills: solidPaints(colors.cellFill),
    });
    // Also what keeps a slot from reading as a lane label of a grid of its own when the map has lost its tags:
    // a section holding a text is a frame, not a label.
    parts.push({
      key: RENDER_KEYS.personaSlotHint(slot.slotId),
      parentKey: slotKey,
      type: 'TEXT',
      rect: slot.hint.rect,
      tags: { role: 'persona-slot-hint', slotId: slot.slotId },
      text: textOf(slot.hint, colors.mutedText),
    });
  }
  return parts;
}
