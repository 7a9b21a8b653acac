/**
 * Every sentence a person reads, in one place. Figma cuts `notify` at 100 characters, so each stays under it.
 * Sentence case; a fact with a count or an instruction.
 */
export const USER_MESSAGES = {
  notFigJam: 'Journey Lanes works in FigJam boards. Open a FigJam file and run it there.',
  invalidSpec: (detail: string) => `Check the map settings: ${detail}`,
  fontUnavailable: (font: string) => `Could not load the font ${font}. Nothing was drawn.`,
  mapCreated: (stages: number, lanes: number) => `Drew a journey map with ${stages} stages and ${lanes} lanes`,
  drawFailed: 'Could not draw the map. The board was left as it was.',
  noMapFound: 'No journey map on this page. Create one, or select a grid of stages and lanes.',
  severalMaps: (count: number) => `This page has ${count} journey maps. Select one, then export.`,
  mapNotFound: 'That journey map is no longer on the board.',
  mapExported: (notes: number, unplaced: number) =>
    unplaced === 0 ? `Exported ${notes} notes` : `Exported ${notes} notes, ${unplaced} not placed in a cell`,
  nodeNotFound: 'That note is no longer on the board.',
  invalidMessage: 'The plugin received a message it does not understand.',
  unexpected: 'Something went wrong. The board was left as it was.',
} as const;

/** Figma cuts notifications at 100 characters; cut ourselves so the end is an ellipsis, not a torn word. */
export function truncateForNotify(message: string, limit = 100): string {
  if (message.length <= limit) return message;
  return `${message.slice(0, limit - 1).trimEnd()}…`;
}
