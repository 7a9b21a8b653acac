import type { ParkingLotSnapshot, PersonaSlotSnapshot, PersonaSnapshot } from './board-snapshot';
import type { MapLayout } from '../template/map-layout';
import type { TaggedNode } from './tagged-node';
import { PERSONA_SLOTS } from '../template/persona-slots';
import type { TemplateSpec } from '../template/template-spec';
import { USER_MESSAGES } from '../shared/user-messages';
import { byTopThenLeft } from '../shared/geometry';

/**
 * The persona as read from the card's own texts, on maps drawn with slots: the name, role line and description are
 * texts of their own there (the card shape holds none). A deleted text stands in from the spec; a name emptied on
 * the board too. Each slot is the section tagged with its id (the top-left one should it have been copied); a
 * deleted slot takes its place from the spec's layout, so its notes still have a home, and a warning says so.
 * Maps drawn without slots are read as before, unless slots were drawn into them (a spec changed since).
 */
export function readSlottedPersona(
  persona: PersonaSnapshot,
  spec: TemplateSpec,
  parts: readonly TaggedNode[],
  storedLayout: () => MapLayout,
  warnings: string[],
): PersonaSnapshot {
  const slotParts = parts.filter((node) => node.role === 'persona-slot').sort(byTopThenLeft);
  const wanted = spec.options.personaSlots === true;
  if (!wanted && slotParts.length === 0) return persona;
  const text = (role: TaggedNode['role']): string | null => parts.find((node) => node.role === role)?.text.trim() ?? null;
  const name = text('persona-name');
  const description = text('persona-description');
  const role = text('persona-role') ?? (spec.persona.role ?? '').trim();
  const slots: PersonaSlotSnapshot[] = [];
  for (const slot of PERSONA_SLOTS) {
    const drawn = slotParts.find((node) => node.slotId === slot.id);
    if (drawn) {
      slots.push({ id: slot.id, nodeId: drawn.id, bounds: drawn.bounds });
      continue;
    }
    // Slots are drawn in the persona section: with it gone, the persona's own warning says what Tidy draws again.
    if (!wanted || persona.nodeId === null) continue;
    const planned = storedLayout().persona.slots?.find((candidate) => candidate.slotId === slot.id);
    if (planned) slots.push({ id: slot.id, nodeId: null, bounds: planned.rect });
    warnings.push(USER_MESSAGES.personaSlotMissingFromBoard(slot.name));
  }
  return {
    ...persona,
    name: name === null || name === '' ? spec.persona.name : name,
    description: description ?? spec.persona.description,
    ...(role !== '' ? { role } : {}),
    slots,
  };
}

/** The parking lot section, or its place from the spec's layout with a warning when it was deleted. */
export function readParkingLot(spec: TemplateSpec, parts: readonly TaggedNode[], storedLayout: () => MapLayout, warnings: string[]): ParkingLotSnapshot | undefined {
  const drawn = parts.filter((node) => node.role === 'parking-lot').sort(byTopThenLeft)[0];
  if (drawn) return { nodeId: drawn.id, bounds: drawn.bounds };
  if (spec.options.parkingLot !== true) return undefined;
  const planned = storedLayout().parkingLot;
  warnings.push(USER_MESSAGES.parkingLotMissingFromBoard);
  return planned ? { nodeId: null, bounds: planned.section } : undefined;
}
