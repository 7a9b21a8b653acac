import type { BoardNode } from '../board-node';
import type { PersonaSlotSnapshot, PersonaSnapshot } from '../board-snapshot';
import { PERSONA_SLOTS } from '../../template/persona-slots';
import { splitTextLines } from '../../shared/split-text-lines';

/** How Journey Lanes names a map's persona section: this, then the persona's name (compute-render-plan.ts). */
const PERSONA_SECTION_PREFIX = 'Persona: ';

/**
 * The persona card of each map drawn by Journey Lanes and read without its tags: the section named "Persona: …"
 * directly in the map's section, its card (the shape in it: name, then description) and its slot sections named
 * like PERSONA_SLOTS. Notes on the card are then persona notes, as in the tagged read, not notes just outside
 * the grid. One pass over the nodes for the sections, one for what they hold. Invariant: a map gets at most one
 * persona, the first such section in board order, and its slots come in PERSONA_SLOTS order.
 */
export function findUntaggedPersonas(nodes: readonly BoardNode[], mapSectionIds: ReadonlySet<string>): Map<string, PersonaSnapshot> {
  const sections = new Map<string, { mapSectionId: string; section: BoardNode }>();
  const taken = new Set<string>();
  for (const node of nodes) {
    if (node.type !== 'SECTION' || node.parentId === null || !mapSectionIds.has(node.parentId) || taken.has(node.parentId)) continue;
    if (!node.text.startsWith(PERSONA_SECTION_PREFIX)) continue;
    sections.set(node.id, { mapSectionId: node.parentId, section: node });
    taken.add(node.parentId);
  }
  const cards = new Map<string, BoardNode>();
  const slots = new Map<string, PersonaSlotSnapshot[]>();
  for (const node of nodes) {
    if (node.parentId === null || !sections.has(node.parentId)) continue;
    if (node.type === 'SHAPE_WITH_TEXT' && !cards.has(node.parentId)) cards.set(node.parentId, node);
    const slot = node.type === 'SECTION' ? PERSONA_SLOTS.find((candidate) => candidate.name === node.text.trim()) : undefined;
    if (slot) slots.set(node.parentId, [...(slots.get(node.parentId) ?? []), { id: slot.id, nodeId: node.id, bounds: node.bounds }]);
  }
  const personas = new Map<string, PersonaSnapshot>();
  for (const [id, { mapSectionId, section }] of sections) {
    const [, ...rest] = splitTextLines(cards.get(id)?.text ?? '');
    const found = (slots.get(id) ?? []).sort((a, b) => PERSONA_SLOTS.findIndex((slot) => slot.id === a.id) - PERSONA_SLOTS.findIndex((slot) => slot.id === b.id));
    personas.set(mapSectionId, {
      name: section.text.slice(PERSONA_SECTION_PREFIX.length).trim(),
      description: rest.join('\n').trim(),
      nodeId: section.id,
      bounds: section.bounds,
      ...(found.length > 0 ? { slots: found } : {}),
    });
  }
  return personas;
}
