import type * as z from 'zod/mini';
import type { ImportedJourney } from './journey-import-schema';
import { ImportedJourneySchema, MAX_IMPORTED_NOTES } from './journey-import-schema';
import { slugify } from './presets';
import type { TemplateSpec, TemplateSpecInput } from './template-spec';
import { MAX_CELL_COLUMNS, MAX_GROWN_CELL_ROWS, MAX_SPEC_ID_LENGTH, SPEC_ID_PATTERN, SPEC_TEXT_LIMITS, TemplateSpecSchema, fitSpecText } from './template-spec';
import { USER_MESSAGES } from './user-messages';
import { describeIssue, formatIssuePath } from './validation-message';
import { createUniqueId } from './create-unique-id';

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
  /** Names cut to the template's limits, or empty ones named by their place ("Stage 2"). */
  namesFitted: number;
}

export type ParsedJourneyImport = { ok: true; value: JourneyImport } | { ok: false; problems: string[] };

/** Every problem of an invalid import, each "path: message", the path as in the journey. */
function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const path = formatIssuePath(issue.path);
    return `${path === '' ? 'journey' : path}: ${describeIssue(issue)}`;
  });
}

function findRepeats(ids: readonly string[]): number[] {
  const seen = new Set<string>();
  const repeats: number[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) repeats.push(index);
    seen.add(id);
  });
  return repeats;
}

function checkReferences(journey: ImportedJourney): string[] {
  const problems: string[] = [];
  for (const index of findRepeats(journey.lanes.map((lane) => lane.id))) {
    problems.push(`lanes[${index}].id: ${USER_MESSAGES.importRepeatedLane(journey.lanes[index]!.id)}`);
  }
  for (const index of findRepeats(journey.stages.map((stage) => stage.id))) {
    problems.push(`stages[${index}].id: ${USER_MESSAGES.importRepeatedStage(journey.stages[index]!.id)}`);
  }
  const laneIds = new Set(journey.lanes.map((lane) => lane.id));
  journey.stages.forEach((stage, stageIndex) => {
    for (const laneId of Object.keys(stage.lanes)) {
      if (!laneIds.has(laneId)) problems.push(`${formatIssuePath(['stages', stageIndex, 'lanes', laneId])}: ${USER_MESSAGES.importUnknownLane}`);
    }
  });
  return problems;
}

export function countImportedNotes(journey: ImportedJourney): number {
  let count = (journey.persona?.notes?.length ?? 0) + (journey.unplaced?.length ?? 0);
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

/** Cells are sized to hold the fullest one: as wide as the template allows, then as deep as it takes. */
function chooseCellSize(journey: ImportedJourney): { cellColumns: number; cellRows: number } {
  let fullest = 0;
  for (const stage of journey.stages) {
    for (const [laneId, notes] of Object.entries(stage.lanes)) {
      const kind = journey.lanes.find((lane) => lane.id === laneId)?.kind;
      if (kind !== 'emotions') fullest = Math.max(fullest, notes.length);
    }
  }
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
function createNameFitter(): { fit: (text: string, limit: number, fallback: string) => string; count: () => number } {
  let fitted = 0;
  return {
    fit: (text, limit, fallback) => {
      const result = fitSpecText(text, limit, fallback);
      if (result !== text.trim()) fitted += 1;
      return result;
    },
    count: () => fitted,
  };
}

function parseJson(raw: unknown): { ok: true; value: unknown } | { ok: false; problem: string } {
  if (typeof raw !== 'string') return { ok: true, value: raw };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch (error) {
    return { ok: false, problem: `journey: ${USER_MESSAGES.importNotJsonReason(error instanceof Error ? error.message : String(error))}` };
  }
}

/**
 * Checks a journey to import and turns it into the template it is drawn with. Invalid input gives every problem
 * with its path in the journey (`stages[2].lanes.painPoints[0].text: expected string`), so nothing is drawn
 * from a journey that would be drawn wrong.
 */
export function parseJourneyImport(raw: unknown): ParsedJourneyImport {
  const json = parseJson(raw);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  const parsed = ImportedJourneySchema.safeParse(json.value, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: formatIssues(parsed.error.issues) };
  const journey = parsed.data;

  const referenceProblems = checkReferences(journey);
  if (referenceProblems.length > 0) return { ok: false, problems: referenceProblems };
  const noteCount = countImportedNotes(journey);
  if (noteCount > MAX_IMPORTED_NOTES) return { ok: false, problems: [USER_MESSAGES.importTooManyNotes(noteCount, MAX_IMPORTED_NOTES)] };

  const laneIds = createSpecIds(journey.lanes.map((lane) => lane.id), 'lane');
  const stageIds = createSpecIds(journey.stages.map((stage) => stage.id), 'stage');
  const names = createNameFitter();
  const limits = SPEC_TEXT_LIMITS;
  const input: TemplateSpecInput = {
    title: names.fit(journey.title, limits.title, USER_MESSAGES.inferredMapTitle),
    persona: {
      name: journey.persona ? names.fit(journey.persona.name, limits.personaName, USER_MESSAGES.importedPersonaName) : USER_MESSAGES.importedPersonaName,
      description: journey.persona ? names.fit(journey.persona.description ?? '', limits.personaDescription, '') : '',
    },
    stages: journey.stages.map((stage, index) => ({
      id: stageIds.get(stage.id)!,
      name: names.fit(stage.name, limits.name, USER_MESSAGES.inferredStageName(index + 1)),
    })),
    lanes: journey.lanes.map((lane, index) => ({
      id: laneIds.get(lane.id)!,
      name: names.fit(lane.name, limits.name, USER_MESSAGES.inferredLaneName(index + 1)),
      kind: lane.kind,
    })),
    options: { ...chooseCellSize(journey), showInstructions: true },
  };
  // The spec's paths (stages, lanes) are the journey's paths too.
  const spec = TemplateSpecSchema.safeParse(input, { reportInput: true });
  if (!spec.success) return { ok: false, problems: formatIssues(spec.error.issues) };
  const value: JourneyImport = { journey, spec: spec.data, laneIds, stageIds, importKey: readImportKey(journey), noteCount, namesFitted: names.count() };
  return { ok: true, value };
}
