import type * as z from 'zod/mini';
import type { ImportedJourney } from './journey-import-schema';
import { ImportedJourneySchema, MAX_IMPORTED_NOTES } from './journey-import-schema';
import { slugify } from './presets';
import type { TemplateSpec, TemplateSpecInput } from './template-spec';
import { MAX_CELL_COLUMNS, MAX_CELL_ROWS, SPEC_ID_PATTERN, TemplateSpecSchema } from './template-spec';
import { USER_MESSAGES } from './user-messages';
import { describeIssue, formatIssuePath } from './validation-message';

export interface JourneyImport {
  journey: ImportedJourney;
  /** The template the journey is drawn with; its ids are the journey's where they are valid spec ids. */
  spec: TemplateSpec;
  /** The spec id of each journey lane and stage id. */
  laneIds: ReadonlyMap<string, string>;
  stageIds: ReadonlyMap<string, string>;
  /** Names the journey's origin, so a second import of it updates the first one's map; null when unknown. */
  importKey: string | null;
  noteCount: number;
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
    const base = slugify(id) || `${prefix}-${index + 1}`;
    let candidate = base;
    for (let copy = 2; taken.has(candidate); copy++) candidate = `${base.slice(0, 36)}-${copy}`;
    taken.add(candidate);
    specIds.set(id, candidate);
  });
  return specIds;
}

/** Cells are sized to hold the fullest one, within the template's limits. */
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
  return { cellColumns, cellRows: Math.min(MAX_CELL_ROWS, Math.max(2, Math.ceil(fullest / cellColumns))) };
}

function readImportKey(journey: ImportedJourney): string | null {
  const mapId = journey.source?.mapId;
  if (mapId === undefined || mapId === '') return null;
  return journey.source?.fileKey ? `${journey.source.fileKey}/${mapId}` : mapId;
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
  const input: TemplateSpecInput = {
    title: journey.title,
    persona: {
      name: journey.persona ? journey.persona.name : USER_MESSAGES.importedPersonaName,
      description: journey.persona?.description ?? '',
    },
    stages: journey.stages.map((stage) => ({ id: stageIds.get(stage.id)!, name: stage.name })),
    lanes: journey.lanes.map((lane) => ({ id: laneIds.get(lane.id)!, name: lane.name, kind: lane.kind })),
    options: { ...chooseCellSize(journey), showInstructions: true },
  };
  // The spec's paths (title, persona.name, stages[1].name, lanes[0].name) are the journey's paths too.
  const spec = TemplateSpecSchema.safeParse(input, { reportInput: true });
  if (!spec.success) return { ok: false, problems: formatIssues(spec.error.issues) };
  return { ok: true, value: { journey, spec: spec.data, laneIds, stageIds, importKey: readImportKey(journey), noteCount } };
}
