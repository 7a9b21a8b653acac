import type * as z from 'zod/mini';
import { composeImportedNoteText } from './compose-imported-note-text';
import type { ImportedJourney, ImportedNote } from './journey-import-schema';
import { ImportedJourneySchema, MAX_IMPORTED_NOTES } from './journey-import-schema';
import { slugify } from '../template/presets';
import type { TemplateSpec, TemplateSpecInput } from '../template/template-spec';
import { MAX_CELL_COLUMNS, MAX_GROWN_CELL_ROWS, MAX_SPEC_ID_LENGTH, SPEC_ID_PATTERN, SPEC_TEXT_LIMITS, TemplateSpecSchema, fitSpecText } from '../template/template-spec';
import { USER_MESSAGES } from '../shared/user-messages';
import { countFullestCell, growCellSize } from './fit-cell-size';
import type { CellSize } from './fit-cell-size';
import { describeImportIssue, describeImportProblemAt } from './describe-import-problem';
import type { ImportProblem } from './describe-import-problem';
import { describeIssue, formatIssuePath } from './validation-message';
import { createUniqueId } from '../shared/create-unique-id';
import { isRecord } from '../shared/is-record';

export interface JourneyImport {
  journey: ImportedJourney;
  /** The template the journey is drawn with; its ids are the journey's where they are valid spec ids. */
  spec: TemplateSpec;
  /** The spec id of each journey lane and stage id. */
  laneIds: ReadonlyMap<string, string>;
  stageIds: ReadonlyMap<string, string>;
  /** The map the journey came from (its `source.mapId`): an import of it again updates that map; null when unknown. */
  importKey: string | null;
  noteCount: number;
  /** Names cut to the template's limits. */
  namesFitted: number;
  /** Blank names, named by their place ("Stage 2") instead. */
  namesBlank: number;
  /** The journey says its cells' size (`cellSize`), so a re-import draws them so rather than keep the map's. */
  cellSizeGiven: boolean;
}

export type ParsedJourneyImport =
  | { ok: true; value: JourneyImport }
  /** `problems` as "path: message" (the format tools read); `issues` the same problems said for a person. */
  | { ok: false; problems: string[]; issues: ImportProblem[] };

function refuse(...groups: readonly DescribedProblems[]): { ok: false; problems: string[]; issues: ImportProblem[] } {
  return { ok: false, problems: groups.flatMap((group) => group.problems), issues: groups.flatMap((group) => group.issues) };
}

/**
 * Every problem of an invalid import, said for a person (`issues`) and as "path: message" (`problems`, the path as
 * in the journey, the format tools have read since the first version).
 */
interface DescribedProblems {
  issues: ImportProblem[];
  problems: string[];
}

function describeIssues(issues: readonly z.core.$ZodIssue[], journey: unknown): DescribedProblems {
  return {
    issues: issues.map((issue) => describeImportIssue(issue, journey)),
    problems: issues.map((issue) => {
      const path = formatIssuePath(issue.path);
      return `${path === '' ? 'journey' : path}: ${describeIssue(issue)}`;
    }),
  };
}

function describeOwnProblems(issues: readonly ImportProblem[]): DescribedProblems {
  return { issues: [...issues], problems: issues.map((issue) => `${issue.path === '' ? 'journey' : issue.path}: ${issue.message}`) };
}

/**
 * Repeated ids and cells of unknown lanes, read from the journey as it is, so they are reported together with
 * the type errors rather than only once those are fixed. Parts too broken to read are left to the schema.
 */
function checkReferencesLoosely(journey: unknown): ImportProblem[] {
  if (!isRecord(journey)) return [];
  const lanes = Array.isArray(journey['lanes']) ? journey['lanes'] : [];
  const stages = Array.isArray(journey['stages']) ? journey['stages'] : [];
  const idOf = (item: unknown): string | null => (isRecord(item) && typeof item['id'] === 'string' ? item['id'] : null);
  const problems: ImportProblem[] = [];
  const repeated = (items: readonly unknown[], key: 'lanes' | 'stages', say: (id: string) => string) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const id = idOf(item);
      if (id === null) return;
      if (seen.has(id)) problems.push(describeImportProblemAt([key, index, 'id'], say(id), journey));
      seen.add(id);
    });
  };
  repeated(lanes, 'lanes', USER_MESSAGES.importRepeatedLane);
  repeated(stages, 'stages', USER_MESSAGES.importRepeatedStage);
  // Without a list of lanes every lane would be unknown: the schema's "lanes is missing" says it once.
  if (!Array.isArray(journey['lanes'])) return problems;
  const laneIds = new Set(lanes.map(idOf).filter((id) => id !== null));
  stages.forEach((stage, stageIndex) => {
    if (!isRecord(stage) || !isRecord(stage['lanes'])) return;
    for (const laneId of Object.keys(stage['lanes'])) {
      if (!laneIds.has(laneId)) problems.push(describeImportProblemAt(['stages', stageIndex, 'lanes', laneId], USER_MESSAGES.importUnknownLane, journey));
    }
  });
  return problems;
}



export function countImportedNotes(journey: ImportedJourney): number {
  let count = (journey.persona?.notes?.length ?? 0) + (journey.unplaced?.length ?? 0) + (journey.parkingLot?.length ?? 0);
  for (const notes of Object.values(journey.persona?.slots ?? {})) count += notes?.length ?? 0;
  for (const stage of journey.stages) {
    for (const notes of Object.values(stage.lanes)) count += notes.length;
  }
  return count;
}

/** A journey id that is not a valid spec id (spaces, a leading digit, too long) gets one made from it. */
function createSpecIds(ids: readonly string[], prefix: string): Map<string, string> {
  const taken = new Set(ids.filter((id) => SPEC_ID_PATTERN.test(id)));
  const specIds = new Map<string, string>();
  ids.forEach((id, index) => {
    if (SPEC_ID_PATTERN.test(id)) {
      specIds.set(id, id);
      return;
    }
    const candidate = createUniqueId(slugify(id) || `${prefix}-${index + 1}`, taken, MAX_SPEC_ID_LENGTH);
    taken.add(candidate);
    specIds.set(id, candidate);
  });
  return specIds;
}

/**
 * Cells are as big as the journey says, grown down where its fullest cell needs more room; without a size, sized to
 * hold the fullest one: as wide as the template allows, then as deep as it takes.
 */
function chooseCellSize(journey: ImportedJourney): CellSize {
  const fullest = countFullestCell(journey);
  if (journey.cellSize) return growCellSize({ cellColumns: journey.cellSize.columns, cellRows: journey.cellSize.rows }, fullest);
  if (fullest <= 6) return { cellColumns: 3, cellRows: 2 };
  const cellColumns = Math.min(MAX_CELL_COLUMNS, Math.max(3, Math.ceil(Math.sqrt(fullest))));
  return { cellColumns, cellRows: Math.min(MAX_GROWN_CELL_ROWS, Math.max(2, Math.ceil(fullest / cellColumns))) };
}

function readImportKey(journey: ImportedJourney): string | null {
  const mapId = journey.source?.mapId;
  return mapId === undefined || mapId === '' ? null : mapId;
}

/**
 * Names as the template takes them: an export carries whatever text is on the board, so a long stage header or
 * persona card is cut to the limit, and an empty name is named by its place, rather than the import refused.
 */
function createNameFitter(): { fit: (text: string, limit: number, fallback: string) => string; count: () => number; blank: () => number } {
  let fitted = 0;
  let blank = 0;
  return {
    fit: (text, limit, fallback) => {
      const result = fitSpecText(text, limit, fallback);
      // A blank name named by its place was not shortened: it is said apart.
      if (text.trim() === '' && fallback !== '') blank += 1;
      else if (result !== text.trim()) fitted += 1;
      return result;
    },
    count: () => fitted,
    blank: () => blank,
  };
}

/** Each note's text as drawn: the channel, tags and quote the journey gives it and its text does not say yet. */
function writeMarkersIntoTexts(journey: ImportedJourney): ImportedJourney {
  const kinds = new Map(journey.lanes.map((lane) => [lane.id, lane.kind]));
  const write = (notes: readonly ImportedNote[], inTouchpointLane: boolean) =>
    notes.map((note) => ({ ...note, text: composeImportedNoteText(note, inTouchpointLane) }));
  return {
    ...journey,
    persona: journey.persona && {
      ...journey.persona,
      ...(journey.persona.notes ? { notes: write(journey.persona.notes, false) } : {}),
      ...(journey.persona.slots
        ? { slots: Object.fromEntries(Object.entries(journey.persona.slots).map(([slotId, notes]) => [slotId, notes && write(notes, false)])) }
        : {}),
    },
    stages: journey.stages.map((stage) => ({
      ...stage,
      lanes: Object.fromEntries(Object.entries(stage.lanes).map(([laneId, notes]) => [laneId, write(notes, kinds.get(laneId) === 'touchpoints')])),
    })),
    ...(journey.unplaced ? { unplaced: write(journey.unplaced, false) } : {}),
    ...(journey.parkingLot ? { parkingLot: write(journey.parkingLot, false) } : {}),
  };
}

function parseJson(raw: unknown): { ok: true; value: unknown } | { ok: false; problem: ImportProblem } {
  if (typeof raw !== 'string') return { ok: true, value: raw };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch (error) {
    return { ok: false, problem: { place: '', message: USER_MESSAGES.importNotJsonReason(error instanceof Error ? error.message : String(error)), path: '' } };
  }
}

/**
 * Checks a journey to import and turns it into the template it is drawn with. Invalid input gives every problem
 * with its path in the journey (`stages[2].lanes.painPoints[0].text: expected string`), so nothing is drawn
 * from a journey that would be drawn wrong.
 */
/** A stage's description cut to the spec's limit; none when it is blank. */
function fitStageDescription(description: string | undefined): { description?: string } {
  const fitted = fitSpecText(description ?? '', SPEC_TEXT_LIMITS.stageDescription, '');
  return fitted === '' ? {} : { description: fitted };
}

export function parseJourneyImport(raw: unknown): ParsedJourneyImport {
  const json = parseJson(raw);
  if (!json.ok) return refuse(describeOwnProblems([json.problem]));
  const parsed = ImportedJourneySchema.safeParse(json.value, { reportInput: true });
  const referenceProblems = describeOwnProblems(checkReferencesLoosely(json.value));
  if (!parsed.success) return refuse(describeIssues(parsed.error.issues, json.value), referenceProblems);
  if (referenceProblems.issues.length > 0) return refuse(referenceProblems);
  const journey = writeMarkersIntoTexts(parsed.data);

  const noteCount = countImportedNotes(journey);
  if (noteCount > MAX_IMPORTED_NOTES) {
    const problem = USER_MESSAGES.importTooManyNotes(noteCount, MAX_IMPORTED_NOTES);
    return { ok: false, problems: [problem], issues: [{ place: '', message: problem, path: '' }] };
  }

  const laneIds = createSpecIds(journey.lanes.map((lane) => lane.id), 'lane');
  const stageIds = createSpecIds(journey.stages.map((stage) => stage.id), 'stage');
  const names = createNameFitter();
  const limits = SPEC_TEXT_LIMITS;
  const input: TemplateSpecInput = {
    title: names.fit(journey.title, limits.title, USER_MESSAGES.inferredMapTitle),
    persona: {
      name: journey.persona ? names.fit(journey.persona.name, limits.personaName, USER_MESSAGES.importedPersonaName) : USER_MESSAGES.importedPersonaName,
      description: journey.persona ? names.fit(journey.persona.description ?? '', limits.personaDescription, '') : '',
      ...(journey.persona?.role ? { role: names.fit(journey.persona.role, limits.personaRole, '') } : {}),
    },
    stages: journey.stages.map((stage, index) => ({
      id: stageIds.get(stage.id)!,
      name: names.fit(stage.name, limits.name, USER_MESSAGES.inferredStageName(index + 1)),
      ...fitStageDescription(stage.description),
    })),
    lanes: journey.lanes.map((lane, index) => ({
      id: laneIds.get(lane.id)!,
      name: names.fit(lane.name, limits.name, USER_MESSAGES.inferredLaneName(index + 1)),
      kind: lane.kind,
    })),
    // A map drawn by an import is a new map: it has the persona slots and the parking lot, as create-map draws.
    options: { ...chooseCellSize(journey), showInstructions: true, personaSlots: true, parkingLot: true },
    ...(journey.state !== undefined ? { state: journey.state } : {}),
    ...fitTitleDetails(journey),
  };
  // The spec's paths (stages, lanes) are the journey's paths too.
  const spec = TemplateSpecSchema.safeParse(input, { reportInput: true });
  if (!spec.success) return refuse(describeIssues(spec.error.issues, json.value));
  const value: JourneyImport = {
    journey,
    spec: spec.data,
    laneIds,
    stageIds,
    importKey: readImportKey(journey),
    noteCount,
    namesFitted: names.count(),
    namesBlank: names.blank(),
    cellSizeGiven: journey.cellSize !== undefined,
  };
  return { ok: true, value };
}

/** The journey's scenario, team and date for the map's title area, cut to the spec's limit; a blank one is left out. */
function fitTitleDetails(journey: Pick<ImportedJourney, 'scenario' | 'team' | 'date'>): Pick<TemplateSpecInput, 'scenario' | 'team' | 'date'> {
  const fitted: Pick<TemplateSpecInput, 'scenario' | 'team' | 'date'> = {};
  for (const key of ['scenario', 'team', 'date'] as const) {
    const text = fitSpecText(journey[key] ?? '', SPEC_TEXT_LIMITS.titleDetail, '');
    if (text !== '') fitted[key] = text;
  }
  return fitted;
}
