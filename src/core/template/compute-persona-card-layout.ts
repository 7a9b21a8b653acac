import { estimateTextHeight } from './estimate-text-size';
import type { Point, Rect } from '../shared/geometry';
import { rectBottom } from '../shared/geometry';
import type { PersonaDetailsLayout, PersonaSlotLayout, TextBox } from './map-layout';
import { STICKY_SIZE } from './map-layout';
import { PERSONA_SLOTS, derivePersonaInitials } from './persona-slots';
import type { PersonaSpec } from './template-spec';

const PADDING = 40;
const CARD_WIDTH = 720;
const CARD_INSET = 32;
const INITIALS_SIZE = 160;
const INITIALS_FONT_SIZE = 56;
const NAME_FONT_SIZE = 48;
const ROLE_FONT_SIZE = 28;
const DESCRIPTION_FONT_SIZE = 28;
const ROLE_GAP = 8;
/** Each slot holds this many default notes across and down. */
const SLOT_COLUMNS = 2;
const SLOT_ROWS = 2;
const SLOT_NOTE_GAP = 40;
/** Room above a slot's notes for the section's name, which FigJam draws inside the section's top-left. */
const SLOT_NAME_ROOM = 64;
/** As the card's description: the hint carries the slot's name, which FigJam draws small in a nested section's corner. */
const SLOT_HINT_FONT_SIZE = 28;
/** Room for the one-line hint under the name. */
const SLOT_HINT_ROOM = 48;
const SLOT_GAP = 24;

export const PERSONA_SLOT_WIDTH = SLOT_COLUMNS * STICKY_SIZE + (SLOT_COLUMNS + 1) * SLOT_NOTE_GAP;
export const PERSONA_SLOT_HEIGHT = SLOT_NAME_ROOM + SLOT_HINT_ROOM + SLOT_ROWS * STICKY_SIZE + (SLOT_ROWS + 1) * SLOT_NOTE_GAP;

export interface PersonaCardLayout {
  section: Rect;
  card: Rect;
  details: PersonaDetailsLayout;
  slots: PersonaSlotLayout[];
}

/**
 * The persona section with slots, its top-left at `origin`: the card on the left (initials, bold name, role line,
 * description, each its own text so only the name is bold) and the four slots right of it in PERSONA_SLOTS order.
 * Pure and in whole pixels; the card grows down to hold a long description, and the section holds card and slots.
 */
export function computePersonaCardLayout(persona: PersonaSpec, origin: Point): PersonaCardLayout {
  const cardX = origin.x + PADDING;
  const cardY = origin.y + PADDING;
  const initials: TextBox = {
    rect: { x: cardX + CARD_INSET, y: cardY + CARD_INSET, width: INITIALS_SIZE, height: INITIALS_SIZE },
    text: derivePersonaInitials(persona.name),
    fontSize: INITIALS_FONT_SIZE,
    fontStyle: 'Bold',
  };
  const nameX = initials.rect.x + INITIALS_SIZE + CARD_INSET;
  const nameWidth = cardX + CARD_WIDTH - CARD_INSET - nameX;
  const name: TextBox = {
    rect: { x: nameX, y: initials.rect.y, width: nameWidth, height: estimateTextHeight(persona.name, NAME_FONT_SIZE, nameWidth) },
    text: persona.name,
    fontSize: NAME_FONT_SIZE,
    fontStyle: 'Bold',
  };
  const roleText = (persona.role ?? '').trim();
  const role: TextBox | null =
    roleText === ''
      ? null
      : {
          rect: { x: nameX, y: rectBottom(name.rect) + ROLE_GAP, width: nameWidth, height: estimateTextHeight(roleText, ROLE_FONT_SIZE, nameWidth) },
          text: roleText,
          fontSize: ROLE_FONT_SIZE,
          fontStyle: 'Medium',
        };
  const descriptionY = Math.max(rectBottom(initials.rect), rectBottom(role?.rect ?? name.rect)) + CARD_INSET;
  const descriptionWidth = CARD_WIDTH - 2 * CARD_INSET;
  const description: TextBox = {
    rect: {
      x: cardX + CARD_INSET,
      y: descriptionY,
      width: descriptionWidth,
      height: estimateTextHeight(persona.description, DESCRIPTION_FONT_SIZE, descriptionWidth),
    },
    text: persona.description,
    fontSize: DESCRIPTION_FONT_SIZE,
    fontStyle: 'Medium',
  };
  const cardHeight = Math.max(PERSONA_SLOT_HEIGHT, rectBottom(description.rect) + CARD_INSET - cardY);
  const slotsX = cardX + CARD_WIDTH + PADDING;
  const slots: PersonaSlotLayout[] = PERSONA_SLOTS.map((slot, index) => {
    const x = slotsX + index * (PERSONA_SLOT_WIDTH + SLOT_GAP);
    const hintWidth = PERSONA_SLOT_WIDTH - 2 * SLOT_NOTE_GAP;
    const hintText = `${slot.name} · ${slot.hint}`;
    return {
      slotId: slot.id,
      name: slot.name,
      rect: { x, y: cardY, width: PERSONA_SLOT_WIDTH, height: PERSONA_SLOT_HEIGHT },
      hint: {
        rect: { x: x + SLOT_NOTE_GAP, y: cardY + SLOT_NAME_ROOM, width: hintWidth, height: estimateTextHeight(hintText, SLOT_HINT_FONT_SIZE, hintWidth) },
        text: hintText,
        fontSize: SLOT_HINT_FONT_SIZE,
        fontStyle: 'Medium',
      },
    };
  });
  const slotsRight = slotsX + PERSONA_SLOTS.length * PERSONA_SLOT_WIDTH + (PERSONA_SLOTS.length - 1) * SLOT_GAP;
  return {
    section: { x: origin.x, y: origin.y, width: slotsRight + PADDING - origin.x, height: cardHeight + 2 * PADDING },
    card: { x: cardX, y: cardY, width: CARD_WIDTH, height: cardHeight },
    details: { initials, name, role, description },
    slots,
  };
}
