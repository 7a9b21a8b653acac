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
    unplaced === 0 ? `Exported ${countOf(notes, 'note')}` : `Exported ${countOf(notes, 'note')}, ${unplaced} not placed in a cell`,
  /** The panel's Read map: nothing is exported until Download or Copy. */
  mapRead: (notes: number, unplaced: number) =>
    unplaced === 0 ? `Read ${countOf(notes, 'note')}` : `Read ${countOf(notes, 'note')}, ${unplaced} not placed in a cell`,
  nodeNotFound: 'That note is no longer on the board.',
  positionNotFinite: 'A node on this page has a position or size that is not a number. Nothing was read.',
  readingNotes: 'Reading notes',
  exportIncomplete: 'Part of the export did not arrive. Read the map again.',
  invalidMessage: 'The plugin received a message it does not understand.',
  unexpected: 'Something went wrong. The board was left as it was.',
  requestTimedOut: 'The board did not answer in time. Try again.',
  drawingMap: 'Drawing the map on the board…',
  readingMap: 'Reading the map…',
  otherMapChosen: (title: string) => `${quoteName(title, 40)} is the chosen map now: Read map to see its notes.`,
  readingProgress: (phase: string, done: number, total: number) => (total === 0 ? `${phase}…` : `${phase}: ${done} of ${total}`),
  fixFields: (count: number) =>
    count === 1 ? 'Fix the marked field, then draw again.' : `Fix the ${count} marked fields, then draw again.`,
  copied: 'Copied to the clipboard.',
  copyFailed: 'Could not copy. Use Download instead.',
  downloadStarted: (fileName: string) => `Downloading ${fileName}`,
  noMapsListed: 'No journey map found on this page yet.',
  previewDescription: (stages: number, lanes: number) => `Preview of a map with ${stages} stages and ${lanes} lanes`,
  stageLimit: (max: number) => `A map holds at most ${max} stages.`,
  laneLimit: (max: number) => `A map holds at most ${max} lanes. Untick one to add another.`,
  mapLaneLimit: (max: number) => `A map holds at most ${max} lanes. Remove one to add another.`,
  previewEmpty: 'Add a stage and a lane to see the preview.',
  mapWarningsHeading: 'What the map lacks',
  outputPreviewHeading: (format: string) => `${format} preview`,
  outputPreviewLines: (shown: number, total: number) =>
    shown === total ? `All ${countOf(total, 'line')} shown.` : `The first ${shown} of ${total} lines; Download and Copy give them all.`,
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
  noEmotionLane: 'This map has no emotion lane, so there is no emotion curve to draw.',
  noEmotionScoresForCurve: 'No stage has an emotion score yet. Add notes to the emotion lane first.',
  mapSectionMissing: (count: number) =>
    `Found ${count === 1 ? '1 part' : `${count} parts`} of a map without its map section. Undo the deletion.`,
  importInvalid: (count: number) =>
    count === 1 ? 'The journey has 1 problem. Nothing was drawn.' : `The journey has ${count} problems. Nothing was drawn.`,
  importNotJsonReason: (reason: string) => `not JSON: ${reason}`,
  importTooManyNotes: (count: number, max: number) => `The journey has ${count} notes; an import takes at most ${max}.`,
  importRepeatedLane: (id: string) => `Another lane has the id ${quoteName(id)}`,
  importRepeatedStage: (id: string) => `Another stage has the id ${quoteName(id)}`,
  importUnknownLane: 'No lane in "lanes" has this id',
  importMoreProblems: (count: number) => `…and ${count} more`,
  importNoteTooLong: (max: number) => `Keep a note under ${max} characters`,
  importBadTag: 'A tag holds letters, digits, - and _ only, and at least one letter',
  namesFitted: (count: number) => (count === 1 ? '1 name was shortened to fit.' : `${count} names were shortened to fit.`),
  namesBlank: (count: number) => (count === 1 ? '1 blank name was named by its place.' : `${count} blank names were named by their place.`),
  importPlaces: {
    stage: (position: number) => `Stage ${position}`,
    lane: (position: number) => `Lane ${position}`,
    note: (position: number) => `note ${position}`,
    item: (position: number) => `item ${position}`,
    persona: 'Persona',
    unplaced: 'Notes beside the map',
  },
  importKinds: {
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    object: 'an object',
    array: 'a list',
    null: 'null',
    undefined: 'missing',
  },
  importProblemMessages: {
    theValue: 'the value',
    theField: (field: string) => `the ${field}`,
    missing: (subject: string) => `${subject} is missing`,
    mustBe: (subject: string, expected: string, received: string) => `${subject} must be ${expected}, not ${received}`,
    blank: (subject: string) => `${subject} is blank`,
    other: (subject: string, problem: string) => `${subject}: ${problem}`,
  },
  validation: {
    expected: (expected: string) => `expected ${expected}`,
    expectedReceived: (expected: string, received: string) => `expected ${expected}, received ${received}`,
    atLeast: (minimum: string) => `must be at least ${minimum}`,
    atMost: (maximum: string) => `must be at most ${maximum}`,
    needsAtLeast: (minimum: string) => `needs at least ${minimum}`,
    takesAtMost: (maximum: string) => `takes at most ${maximum}`,
  },
  importedPersonaName: 'Persona',
  drawingNotes: 'Drawing notes',
  futureStateDrawn: (notes: number) => `Drew the future-state copy with ${countOf(notes, 'note')}`,
  mapHasCopies: 'This map has copied stages or lanes. Delete the copies, then try again.',
  importEmpty: 'Paste a journey JSON or choose a .json file first.',
  importNotJson: (line: number, column: number) => `This is not valid JSON. Check line ${line}, column ${column}.`,
  importFileRead: (fileName: string) => `Read ${quoteName(fileName, 40)}. Press Import to draw it.`,
  importFileUnreadable: (fileName: string) => `Could not read ${quoteName(fileName, 40)}. Paste its text instead.`,
  importing: 'Importing the journey…',
  mapImported: (notes: number) => `Drew the imported map with ${countOf(notes, 'note')}`,
  // Notes on the map stay where people put them unless their cells moved or grew: then the count says so.
  mapImportUpdated: (added: number, kept: number, moved = 0, keptBeside = 0) =>
    moved === 0 && keptBeside === 0
      ? `Updated the map this journey was exported from: ${countOf(added, 'note')} added, ${kept} left where people put them`
      : `Updated the map this journey came from: ${countOf(added, 'note')} added, ${kept} already on it${
          moved === 0 ? '' : `; ${moved} moved with ${moved === 1 ? 'its cell' : 'their cells'}`
        }${keptBeside === 0 ? '' : `, ${keptBeside} kept beside the map`
        }`,
  importHint: 'Paste a version-1 journey, as Export writes it, or choose a .json file.',
  noteCount: (notes: number) => countOf(notes, 'note'),
  readingMapSpec: 'Reading the stages and lanes of the map…',
  noMapChosen: 'Choose a journey map first.',
  /** A row's move button: stages go earlier and later along the journey, lanes up and down the map. */
  moveRow: (row: string, noun: 'Stage' | 'Lane', offset: -1 | 1) =>
    `Move ${row.toLowerCase()} ${noun === 'Lane' ? (offset < 0 ? 'up' : 'down') : offset < 0 ? 'earlier' : 'later'}`,
  /** A map in the map pickers; the one selected on the board says so apart from its title. */
  mapChoice: (title: string, selectedOnBoard: boolean) => (selectedOnBoard ? `${title} — selected on the board` : title),
  changesNotApplied: (map: string) => `The changes to ${quoteName(map)} are not applied yet.`,
  fixFieldsToApply: (count: number) =>
    count === 1 ? 'Fix the marked field, then apply again.' : `Fix the ${count} marked fields, then apply again.`,
  boardChangedUnderEdits: 'The stages or lanes changed on the board. Apply keeps your edits and takes the rest from the board.',
  nothingToApply: 'Nothing to apply: the stages and lanes are as on the board.',
  updatingMap: 'Updating the map…',
  mapUpdated: (moved: number, keptBeside: number) =>
    keptBeside === 0
      ? moved === 0
        ? 'Updated the map; every note stayed where it was.'
        : `Updated the map. ${countOf(moved, 'note')} moved with ${moved === 1 ? 'its cell' : 'their cells'}.`
      : `Updated the map. ${countOf(moved, 'note')} moved, ${keptBeside} kept beside the map.`,
  namesDrawnSmaller: (names: readonly string[]) =>
    names.length === 1
      ? `The stage name ${quoteName(names[0]!, 30)} is too long for its header and is drawn smaller.`
      : `${names.length} stage names are too long for their headers and are drawn smaller.`,
  confirmRemovalTitle: 'Remove parts that hold notes?',
  removalHoldsNotes: (notes: number, parts: string) => `${countOf(notes, 'note')} ${notes === 1 ? 'is' : 'are'} in ${parts}.`,
  notesKeptBeside: 'Those notes are kept beside the map, never deleted.',
  removedParts: (stages: readonly string[], lanes: readonly string[]) => listParts(stages, lanes),
  updateCancelled: 'Nothing was changed. Your edits are still here.',
  partsNotRemoved: (parts: number) => `The map changed, but ${countOf(parts, 'old part')} could not be removed. Undo to go back.`,
  // Maps on one board often differ only at the end of their titles ("… (future state)"), so the end is kept.
  mapInTheWay: (other: string) => `The map would grow over ${quoteNameKeepingEnd(other, 60)}. Move the maps apart, then try again.`,
  tidyingMap: 'Tidying the map…',
  mapTidied: (parts: number, notes: number, laidOut = 0) =>
    laidOut === 0
      ? `Tidied the map: ${countOf(parts, 'part')} put back, ${countOf(notes, 'note')} snapped into ${notes === 1 ? 'its cell' : 'their cells'}`
      : `Tidied the map: ${countOf(parts, 'part')} put back, ${countOf(notes, 'note')} moved, ${laidOut === 1 ? '1 to a free place' : `${laidOut} to free places`}`,
  drawingEmotionCurve: 'Drawing the emotion curve…',
  emotionCurveDrawn: (points: number) =>
    points === 0 ? 'No stage has an emotion score yet, so there is no curve to draw.' : `Drew the emotion curve through ${countOf(points, 'stage')}`,
  duplicatingMap: 'Drawing the future-state copy…',
  // A copy of a copy keeps one suffix: "Checkout (future state)", never "… (future state) (future state)".
  futureStateTitle: (title: string) =>
    title.trimEnd().endsWith(' (future state)') ? title.trim() : `${title.slice(0, 105).trimEnd()} (future state)`,
  mapDuplicated: (title: string) => `Drew ${quoteName(title, 40)} beside the map. It is now the chosen map.`,
  journeyToFormatInvalid: 'That is not a journey as Export writes it. Read the map again.',
  formattingExport: 'Preparing the export in the chosen format…',
  positionScored: (count: number) => (count === 1 ? '1 score came from position' : `${count} scores came from position`),
  positionScoredHint: 'These notes give no number, emoji or word, so how high they sit set the score.',
  pastedTextCut: (max: number) => `Only the first ${max} characters were kept.`,
  presetReplacedStages: (count: number) => `The preset replaced your ${countOf(count, 'stage')}.`,
  importFileNotText: (fileName: string) => `${quoteName(fileName, 40)} is not a text file. Choose a .json file.`,
  movingNotes: 'Moving notes',
  checkingMap: 'Checking the map',
  laneMissingFromBoard: (lane: string) => `The lane ${quoteName(lane)} is missing from the board; Tidy map draws it again.`,
  stageMissingFromBoard: (stage: string) =>
    `The stage header ${quoteName(stage)} is missing from the board; Tidy map draws it again.`,
  titleMissingFromBoard: 'The map title is missing from the board; Tidy map draws it again.',
  personaMissingFromBoard: 'The persona card is missing from the board; Tidy map draws it again.',
  cellMissingFromBoard: (lane: string, stage: string) =>
    `The cell ${quoteName(stage, 14)} in ${quoteName(lane, 14)} is missing from the board; Tidy map draws it again.`,
  instructionMissingFromBoard: (lane: string) =>
    `The instructions in ${quoteName(lane)} are missing from the board; Tidy map draws them again.`,
  personaSlotMissingFromBoard: (slot: string) =>
    `The persona's ${quoteName(slot)} slot is missing from the board; Tidy map draws it again.`,
  parkingLotMissingFromBoard: 'The parking lot is missing from the board; Tidy map draws it again.',
  reportHeadings: {
    keyFindings: 'Key findings',
    persona: 'Persona',
    emotionCurve: 'Emotion curve',
    painPoints: 'Top pain points',
    unplaced: 'Notes not in a cell',
    parkingLot: 'Parking lot',
  },
  emptyPersonaSlot: 'Nothing here yet.',
  nothingParked: 'Nothing parked.',
  noEmotionScore: 'no score',
  emotionNotes: (count: number) => (count === 1 ? 'from 1 note' : `from ${count} notes`),
  findingLowestStage: (stage: string, score: string) => `Lowest emotion: ${stage} (${score})`,
  findingHighestStage: (stage: string, score: string) => `Highest emotion: ${stage} (${score})`,
  findingOnlyScoredStage: (stage: string, score: string) => `Only stage with an emotion score: ${stage} (${score})`,
  findingNoEmotionScores: 'No stage has an emotion score yet.',
  findingVotedPainPoints: 'Most-voted pain points:',
  findingNoVotedPainPoints: 'No pain point has a vote yet.',
  findingVotedOpportunities: 'Most-voted opportunities:',
  findingNoVotedOpportunities: 'No opportunity has a vote yet.',
  votesNotCounted: 'Votes could not be counted: the board file holds no stamps, so a note with no votes may have some.',
  findingPainPointsPerStage: 'Pain points per stage:',
  findingNotesToCheck: (unplaced: number, ambiguous: number) =>
    `Notes to check: ${unplaced} not in a cell, ${ambiguous} across a border`,
  findingEmptyNotes: (count: number) => `${countOf(count, 'empty note')} left out of the report`,
  findingScoredByPosition: (count: number) => `${countOf(count, 'emotion note')} scored by height alone`,
  ambiguousNote: 'across a border',
  keptFrom: (stage: string | null, lane: string) => (stage === null ? `kept from ${lane}` : `kept from ${stage} › ${lane}`),
  noVotedPainPoints: 'No pain point has a vote yet.',
  csvPersonaLane: 'Persona',
  csvPersonaSlotLane: (slot: string) => `Persona: ${slot}`,
  csvParkingLotLane: 'Parking lot',
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
  analyticsHeadings: {
    journeyDiagram: 'Journey diagram',
    channels: 'Channels by stage',
    channel: 'Channel',
  },
  channelNames: {
    web: 'Web',
    app: 'App',
    email: 'Email',
    sms: 'SMS',
    phone: 'Phone',
    chat: 'Chat',
    social: 'Social media',
    ads: 'Ads',
    letter: 'Letter',
    'in-person': 'In person',
    'self-service': 'Self-service',
    'word-of-mouth': 'Word of mouth',
  },
  evidenceTags: (tags: string) => `evidence: ${tags}`,
  comparison: {
    title: (before: string, after: string) => `${before} → ${after}`,
    emotionHeading: 'Emotion and votes by stage',
    columns: ['Stage', 'Emotion before', 'After', 'Change', 'Votes before', 'After'] as const,
    resolvedHeading: 'Pain points resolved',
    keptHeading: 'Pain points kept',
    addedHeading: 'New pain points',
    opportunitiesHeading: 'Opportunities added',
    none: 'None.',
    onlyBefore: '(only before)',
    onlyAfter: '(new stage)',
    summary: (resolved: number, kept: number, added: number) =>
      `${resolved} pain points resolved, ${kept} kept, ${added} new`,
    votesMoved: (before: number, after: number) => `votes ${before} → ${after}`,
    wasText: (text: string) => `was: ${text}`,
  },
  comparingMaps: 'Reading both maps and comparing them…',
  comparingMapProgress: (map: number) => `Reading map ${map} of 2`,
  chooseOtherMap: 'Choose another map to compare with.',
  noOtherMap: 'Only one journey map on this page. Duplicate it as a future state to compare.',
  mapsCompared: (resolved: number, kept: number, added: number) =>
    `Compared: ${resolved} pain points resolved, ${kept} kept, ${added} new`,
  mapTagsMissing: (title: string) =>
    `${quoteName(title, 40)} looks drawn by Journey Lanes but has lost its tags: read from its structure.`,
  /** A selection read as a hand-drawn grid holds notes outside the grid read: they are exported as not placed. */
  selectionNotesOutsideGrid: (notes: number, grids: number) =>
    grids > 1
      ? `The selection reads as ${grids} grids: ${countOf(notes, 'note')} outside the first one ${notes === 1 ? 'is' : 'are'} exported as not placed. Select one grid to place them in its cells.`
      : `${countOf(notes, 'note')} of the selection ${notes === 1 ? 'lies' : 'lie'} outside the grid, exported as not placed.`,
  gridsWithoutEvidence: (count: number) =>
    count === 1
      ? 'Found 1 grid, but no lane or stage in it is named like a journey map.'
      : `Found ${count} grids, but no lane or stage in them is named like a journey map.`,
  unplacedReasons: {
    'header-row': 'In the stage header row',
    'label-column': 'In the lane label column',
    'outside-grid': 'Inside the map, outside the grid',
    'outside-stages': 'In a lane, outside every stage',
    'near-map': 'Next to the map',
    'no-bounds': 'Figma gave it no position',
  },
  findingGrid: 'Finding the grid',
  /** The Export tab's status line when the map lacks parts on the board; the list of them follows right under it. */
  mapReadLacking: (notes: number, unplaced: number, lacking: number) =>
    `Read ${countOf(notes, 'note')}${unplaced === 0 ? '' : `, ${unplaced} not placed in a cell`}; the map lacks ${countOf(lacking, 'part')} (below)`,
  gridNotesRead: (notes: number, stages: number, lanes: number) =>
    `${countOf(notes, 'note')} in the grid of ${countOf(stages, 'stage')} and ${countOf(lanes, 'lane')}.`,
  personaCardNotesRead: (card: number, slots: number) =>
    slots === 0
      ? `${countOf(card, 'note')} on the persona card.`
      : card === 0
        ? `${countOf(slots, 'note')} in the persona card's slots.`
        : `${countOf(card, 'note')} on the persona card and ${slots} in its slots.`,
  parkingLotNotesRead: (count: number) => `${countOf(count, 'note')} in the parking lot.`,
  unplacedNotesRead: (count: number) => `${countOf(count, 'note')} not in a cell (listed below).`,
} as const;

/** Names from the board go into sentences shortened, so a sentence stays under Figma's 100 characters. */
function quoteName(name: string, limit = 20): string {
  const trimmed = name.trim();
  return `"${trimmed.length <= limit ? trimmed : `${trimmed.slice(0, limit - 1).trimEnd()}…`}"`;
}

/**
 * `name` quoted whole up to `limit` characters, longer ones cut in the middle: the start says which map it is, and
 * the end tells apart titles that only differ there. Invariant: at most `limit` characters between the quotes.
 */
function quoteNameKeepingEnd(name: string, limit: number): string {
  const trimmed = name.trim();
  if (trimmed.length <= limit) return `"${trimmed}"`;
  const end = Math.floor((limit - 1) / 3);
  return `"${trimmed.slice(0, limit - 1 - end).trimEnd()}…${trimmed.slice(-end).trimStart()}"`;
}

function countOf(count: number, noun: string): string {
  return count === 1 ? `1 ${noun}` : `${count} ${noun}s`;
}

/** `the stages "Buy" and "Use"`, `the stage "Buy", the lane "Fees" and 3 more`: two names at most, to stay short. */
function listParts(stages: readonly string[], lanes: readonly string[]): string {
  const shownStages = stages.slice(0, 2);
  const shownLanes = lanes.slice(0, 2 - shownStages.length);
  const groups = [
    ['stage', shownStages],
    ['lane', shownLanes],
  ] as const;
  const phrases = groups
    .filter(([, names]) => names.length > 0)
    .map(([noun, names]) => `the ${names.length === 1 ? noun : `${noun}s`} ${names.map((name) => quoteName(name, 16)).join(' and ')}`);
  const more = stages.length + lanes.length - shownStages.length - shownLanes.length;
  if (more > 0) return `${phrases.join(', ')} and ${more} more`;
  return phrases.join(' and ');
}

/** Figma cuts notifications at 100 characters; cut ourselves so the end is an ellipsis, not a torn word. */
/** The command line's sentences, kept apart so the plugin's bundles do not carry them. */
export const CLI_MESSAGES = {
  seeHelp: 'Run journey-lanes --help for usage and examples.',
  unknownCommand: (command: string) => `Unknown command "${command}". The commands are: journey-lanes export, journey-lanes compare.`,
  noCommand: 'Say what to do: journey-lanes export board.json',
  noInput: 'Give a board file (board.json), or --file-key KEY or a board URL with FIGMA_TOKEN set.',
  twoInputs: 'Give either a board file or --file-key, not both.',
  extraArguments: (values: string) => `Unexpected arguments: ${values}`,
  unknownOption: (option: string) => `Unknown option ${option}.`,
  optionNeedsValue: (option: string) => `${option} needs a value.`,
  optionValueLooksLikeOption: (option: string, value: string) =>
    `${option} needs a value, and ${value} looks like an option. If it is the value, write ${option}=${value}`,
  optionTakesNoValue: (option: string) => `${option} takes no value.`,
  badFormat: (value: string) => `Unknown format "${value}". Use json, csv, markdown or mermaid.`,
  badFileKey: (value: string) => `No Figma file key in "${value}". Use a key or a figma.com/board/… URL.`,
  tokenMissing: 'Set FIGMA_TOKEN to a Figma personal access token to fetch a board.',
  fileUnreadable: (file: string, reason: string) => `Could not read ${file}: ${reason}`,
  notJson: (source: string, reason: string) => `${source} is not JSON: ${reason}`,
  emptyFile: (source: string) => `${source} is empty: it holds no JSON.`,
  notFigmaFile: (source: string, detail: string) => `${source} is not a Figma file response. At ${detail}`,
  journeyNotBoard: (source: string) =>
    `${source} is a Journey Lanes export, not a FigJam board. To compare two exports use journey-lanes compare; to put it on a board use Import in the plugin.`,
  comparisonNotInput: (source: string) =>
    `${source} is a comparison written by journey-lanes compare. export reads a FigJam board file; compare reads two journey exports.`,
  notFigJam: (source: string, editorType: string) =>
    `${source} is a Figma design file (editorType "${editorType}"), not a FigJam board.`,
  noMap: (source: string) => `No journey map found in ${source}.`,
  pageProblem: (page: string, problem: string) => `Page "${page}": ${problem}`,
  mapNotFound: (map: string, source: string) => `No map "${map}" in ${source}. The maps are:`,
  mapAmbiguous: (map: string) => `More than one map is called "${map}". Choose one by its id:`,
  severalMapsForCsv: (count: number) => `The board holds ${count} maps and CSV takes one. Choose with --map:`,
  mapListItem: (mapId: string, title: string, page: string) => `  ${mapId}  "${title}"  (page "${page}")`,
  mapsHeading: (count: number) => (count === 1 ? 'Journey maps (1):' : `Journey maps (${count}):`),
  candidatesHeading: (count: number) =>
    `Other grids, not read as journey maps: no lane or stage is named like one (${count}):`,
  candidateListItem: (mapId: string, title: string, page: string, nodeId: string | null) =>
    `  ${mapId}  "${title}"  (page "${page}"${nodeId === null ? '' : `, node ${nodeId}`})`,
  chooseCandidate: 'To export one of them anyway, pass its id to --map.',
  /** The title of a grid that shows no journey and has none on the board, listed and exported by the command line. */
  untitledGridTitle: (headers: string) => `Untitled grid (${headers})`,
  fetchFailed: (url: string, reason: string) => `Could not reach ${url}: ${reason}`,
  /** Why a file or request could not be read, by the system's error code; other errors say their own message. */
  readErrorReasons: {
    ENOENT: 'no such file',
    EISDIR: 'it is a folder',
    EACCES: 'permission denied',
  },
  fetchRefused: (status: number, fileKey: string) =>
    status === 403
      ? `Figma refused access to ${fileKey} (403). Check FIGMA_TOKEN and that it may read the file.`
      : status === 404
        ? `Figma has no file ${fileKey} (404). Check the file key or URL.`
        : `Figma answered ${status} for ${fileKey}. Try again later.`,
  rateLimited: (fileKey: string, retryAfter: string | null) =>
    [
      `Figma limits file reads and refused ${fileKey} for now (429)${retryAfter === null ? '.' : `: try again in ${retryAfter} s.`}`,
      'Files on a Starter plan, and View or Collab seats, get about 6 file reads a month.',
      'Save the file once (journey-lanes --help shows how) and pass the saved board.json instead.',
    ].join('\n'),
  tokenMalformed: 'FIGMA_TOKEN holds a space, line break or other character no token has. Copy the token again.',
  apiUrlInvalid: (url: string) => `JOURNEY_LANES_FIGMA_API_URL is not an http or https address: ${url}`,
  apiUrlHasCredentials: (url: string) =>
    `JOURNEY_LANES_FIGMA_API_URL holds a user name or password (${url}). Remove it; the token goes in FIGMA_TOKEN.`,
  redirectRefused: (origin: string, to: string) =>
    `The API at ${origin} sent the request on to ${to}. Nothing was sent there: the token only goes to ${origin}.`,
  tooManyRedirects: (count: number) => `The API sent the request on more than ${count} times. Nothing was read.`,
  fetchTimedOut: (seconds: number) =>
    `Figma did not answer within ${seconds} s. Try again, raise --timeout, or save the JSON once and pass the file.`,
  badTimeout: (value: string) => `The timeout must be a number of seconds above 0, not "${value}".`,
  inputTooLarge: (source: string, limit: number) =>
    `${source} is too large to read: one text holds at most ${limit.toLocaleString('en-US')} characters here.`,
  outIsInput: (file: string) => `--out ${file} is the board being read. Choose another file; the board was left as it was.`,
  unexpected: 'Something went wrong and nothing was written. Run again with --debug for the details.',
  reportIssue: 'If it happens again, please report it with the command you ran (leave out your token).',
  wrote: (count: number, file: string) => (count === 1 ? `Wrote 1 map to ${file}` : `Wrote ${count} maps to ${file}`),
  cannotWrite: (file: string, reason: string) => `Could not write ${file}: ${reason}`,
  writeFolderMissing: (folder: string) => `the folder ${folder} does not exist. Create it first, or choose another.`,
  writeFolderNotAFolder: (folder: string) => `${folder} is not a folder: part of that path is a file.`,
  writeFolderDenied: (folder: string) => `the folder ${folder} cannot be written (permission denied).`,
  writeFolderReadOnly: (folder: string) => `the folder ${folder} is on a read-only disk.`,
  writeDiskFull: 'the disk is full. Nothing was written.',
  writeTargetIsFolder: (example: string) => `it is a folder. Give a file name, such as ${example}`,
  warning: (problem: string) => `Warning: ${problem}`,
  compareNeedsTwoFiles: 'Give two journey files: journey-lanes compare before.json after.json',
  compareOptionUnused: (option: string) => `--${option} applies to export, not to compare.`,
  badComparisonFormat: (value: string) => `Unknown format "${value}" for compare. Use json or markdown.`,
  notJourney: (source: string, detail: string) => `${source} is not a version-1 journey export. At ${detail}`,
  boardNotJourney: (source: string) => {
    const file = /^[\w@%+=:,./-]+$/.test(source) ? source : `"${source}"`;
    return `${source} is a FigJam board file, not a journey export. Export each map first, then compare the exports: journey-lanes export ${file} --map ID --out before.json (--list shows the ids).`;
  },
  severalJourneys: (source: string, count: number) =>
    `${source} holds ${count} journeys. Export one map with --map and compare that file.`,
  wroteComparison: (file: string) => `Wrote the comparison to ${file}`,
  severalMapsForMermaid: (count: number) => `The board holds ${count} maps and a Mermaid diagram shows one. Choose with --map:`,
  noStamps: (source: string) =>
    `${source} holds no stamps, so votes could not be counted: a vote of 0 means not known, not no votes.`,
  notFigJamByNodes: (source: string) =>
    `${source} says no editorType and holds no FigJam nodes (stickies, shapes, connectors): it reads as a design file.`,
  mapWarning: (title: string, warning: string) => `Warning: map "${title}": ${warning}`,
} as const;

export function truncateForNotify(message: string, limit = 100): string {
  if (message.length <= limit) return message;
  return `${message.slice(0, limit - 1).trimEnd()}…`;
}
