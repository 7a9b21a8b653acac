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
  readingNotes: 'Reading notes',
  invalidMessage: 'The plugin received a message it does not understand.',
  unexpected: 'Something went wrong. The board was left as it was.',
  requestTimedOut: 'The board did not answer in time. Try again.',
  drawingMap: 'Drawing the map on the board…',
  readingMap: 'Reading the map…',
  readingProgress: (phase: string, done: number, total: number) => `${phase}: ${done} of ${total}`,
  fixFields: (count: number) =>
    count === 1 ? 'Fix the marked field, then draw again.' : `Fix the ${count} marked fields, then draw again.`,
  copied: 'Copied to the clipboard.',
  copyFailed: 'Could not copy. Use Download instead.',
  downloadStarted: (fileName: string) => `Downloading ${fileName}`,
  noMapsListed: 'No journey map found on this page yet.',
  previewDescription: (stages: number, lanes: number) => `Preview of a map with ${stages} stages and ${lanes} lanes`,
  stageLimit: (max: number) => `A map holds at most ${max} stages.`,
  laneLimit: (max: number) => `A map holds at most ${max} lanes. Untick one to add another.`,
  previewEmpty: 'Add a stage and a lane to see the preview.',
  readSummary: (notes: number, stages: number, lanes: number) => `${notes} notes in ${stages} stages and ${lanes} lanes`,
  emotionChartLabel: (description: string) => `Emotion by stage: ${description}`,
  voteCount: (votes: number) => (votes === 1 ? '1 vote' : `${votes} votes`),
  emptyNote: '(empty note)',
  noEmotionScores: 'No emotion notes with a score yet.',
  noPainPoints: 'No pain points with notes yet.',
  everyNotePlaced: 'Every note is in a cell.',
  moreUnplaced: (count: number) => `${count} more not shown here.`,
  mapSettingsMissing: (map: string) => `The map ${quoteName(map)} has no saved settings. Draw it again to export it.`,
  mapSettingsDamaged: (map: string) => `The saved settings of map ${quoteName(map)} are damaged. Draw it again.`,
  laneMissing: (map: string, lane: string) => `Map ${quoteName(map)} lost its lane ${quoteName(lane)}. Undo that or redraw it.`,
  stageMissing: (map: string, stage: string) =>
    `Map ${quoteName(map)} lost its stage ${quoteName(stage)}. Undo that or redraw it.`,
  mapSectionMissing: (count: number) =>
    `Found ${count === 1 ? '1 part' : `${count} parts`} of a map without its map section. Undo the deletion.`,
  reportHeadings: {
    persona: 'Persona',
    emotionCurve: 'Emotion curve',
    painPoints: 'Top pain points',
    unplaced: 'Notes not in a cell',
  },
  noEmotionScore: 'no score',
  emotionNotes: (count: number) => (count === 1 ? 'from 1 note' : `from ${count} notes`),
  csvPersonaLane: 'Persona',
  inferredMapTitle: 'Journey map',
  inferredStageName: (position: number) => `Stage ${position}`,
  inferredLaneName: (position: number) => `Lane ${position}`,
  gridNotFound: (headers: number, labels: number) => {
    const headerText = headers === 1 ? '1 stage header' : `${headers} stage headers`;
    const labelText = labels === 1 ? '1 lane label' : `${labels} lane labels`;
    if (headers > 0 && labels === 0) return `Found ${headerText} but no lane labels left of them.`;
    if (headers === 0 && labels > 0) return `Found ${labelText} but no row of stage headers above them.`;
    if (headers > 0) return `Found ${headerText} and ${labelText}, but not arranged as one grid.`;
    return 'Found no row of stage headers and no lane labels.';
  },
  unplacedReasons: {
    'header-row': 'In the stage header row',
    'label-column': 'In the lane label column',
    'outside-grid': 'Inside the map, outside the grid',
    'outside-stages': 'In a lane, outside every stage',
    'near-map': 'Next to the map',
  },
} as const;

/** Names from the board go into sentences shortened, so a sentence stays under Figma's 100 characters. */
function quoteName(name: string, limit = 20): string {
  const trimmed = name.trim();
  return `"${trimmed.length <= limit ? trimmed : `${trimmed.slice(0, limit - 1).trimEnd()}…`}"`;
}

/** Figma cuts notifications at 100 characters; cut ourselves so the end is an ellipsis, not a torn word. */
export function truncateForNotify(message: string, limit = 100): string {
  if (message.length <= limit) return message;
  return `${message.slice(0, limit - 1).trimEnd()}…`;
}
