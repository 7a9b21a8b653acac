import { compareJourneys } from '../core/compare/compare-journeys';
import { computeJourney } from '../core/journey/compute-journey';
import { placeNotes } from '../core/placement/place-notes';
import { formatComparison } from '../core/compare/format-comparison';
import { convertRestBoard } from '../core/board/rest/convert-rest-board';
import type { RestBoardPage } from '../core/board/rest/convert-rest-board';
import { CLI_MESSAGES } from '../core/shared/user-messages';
import type { CliIo } from './cli-io';
import { CliError, EXIT_BAD_INPUT, EXIT_SUCCESS, EXIT_USAGE } from './cli-error';
import { describeWriteError } from './describe-write-error';
import { findBoardMaps } from './find-board-maps';
import type { BoardMap, BoardMaps } from './find-board-maps';
import { formatExport } from './format-export';
import { HELP_TEXT } from './help-text';
import { FIGMA_TOKEN_VARIABLE, readTimeoutSeconds } from './input/fetch-figma-file-async';
import { loadBoardAsync } from './input/load-board-async';
import type { LoadedBoard } from './input/load-board-async';
import { parseBoardFile } from './input/parse-board-file';
import { parseCliArguments } from './parse-cli-arguments';
import { parseJourneyFile } from './input/parse-journey-file';
import { selectMaps } from './select-maps';
import type { ComparePlan, ExportPlan } from './parse-cli-arguments';

function listMaps(maps: readonly BoardMap[]): string[] {
  return maps.map(({ map, page }) => CLI_MESSAGES.mapListItem(map.mapId, map.title, page));
}

/** Grids that show no journey, each with the id `--map` takes (and its node id, to find it on the board). */
function listCandidates(candidates: readonly BoardMap[]): string[] {
  if (candidates.length === 0) return [];
  return [
    CLI_MESSAGES.candidatesHeading(candidates.length),
    ...candidates.map(({ map, page }) => CLI_MESSAGES.candidateListItem(map.mapId, map.title, page, map.nodeId)),
    CLI_MESSAGES.chooseCandidate,
  ];
}

/** `--map` may name a grid that shows no journey: the person chose it, so it is read as one. */
function findChosenMaps(pages: readonly RestBoardPage[], query: string | null): BoardMaps {
  const found = findBoardMaps(pages);
  if (query === null || selectMaps(found.maps, query).kind !== 'not-found') return found;
  const chosen = found.candidates.filter(({ map }) => map.mapId === query || map.nodeId === query);
  return chosen.length === 0 ? found : findBoardMaps(pages, new Set([query]));
}

/** `--out` never writes over a file the command reads. */
async function refuseOutOverInputAsync(out: string | null, inputs: readonly string[], io: CliIo): Promise<void> {
  if (out === null) return;
  for (const input of inputs) if (await io.isSameFileAsync(out, input)) throw new CliError(CLI_MESSAGES.outIsInput(out), EXIT_USAGE);
}

/**
 * The board's pages, and how messages name it. Its own function so that neither the text nor the tree is held
 * past what is read from them (a variable of the export would keep the text to its end): both can be freed
 * before the grid is inferred.
 */
async function readBoardPagesAsync(plan: ExportPlan, io: CliIo): Promise<{ pages: RestBoardPage[]; board: Omit<LoadedBoard, 'text'> }> {
  const { text, ...board } = await loadBoardAsync(plan.input, io, readTimeoutSeconds(plan.timeout, io));
  return { pages: convertRestBoard(parseBoardFile(text, board.source)), board };
}

async function exportAsync(plan: ExportPlan, io: CliIo): Promise<void> {
  await refuseOutOverInputAsync(plan.out, plan.input.kind === 'file' ? [plan.input.path] : [], io);
  const { pages, board } = await readBoardPagesAsync(plan, io);
  const found = findChosenMaps(pages, plan.map);
  if (plan.list) {
    io.writeStdout(`${[CLI_MESSAGES.mapsHeading(found.maps.length), ...listMaps(found.maps), ...listCandidates(found.candidates)].join('\n')}\n`);
    return;
  }
  if (found.maps.length === 0) {
    throw new CliError([CLI_MESSAGES.noMap(board.source), ...found.problems, ...listCandidates(found.candidates)].join('\n'), EXIT_BAD_INPUT);
  }
  for (const problem of found.problems) io.writeStderr(`${CLI_MESSAGES.warning(problem)}\n`);
  const selection = selectMapsOrThrow(found.maps, plan.map, board.source);
  if (selection.length > 1 && (plan.format === 'csv' || plan.format === 'mermaid')) {
    const heading = plan.format === 'csv' ? CLI_MESSAGES.severalMapsForCsv(selection.length) : CLI_MESSAGES.severalMapsForMermaid(selection.length);
    throw new CliError([heading, ...listMaps(selection)].join('\n'), EXIT_USAGE);
  }
  // Said once the export goes ahead: a note about votes would only clutter a message about the wrong map.
  const stampsFound = pages.some((page) => page.stampCount > 0);
  if (!stampsFound) io.writeStderr(`${CLI_MESSAGES.noStamps(board.source)}\n`);
  for (const { map } of selection) for (const warning of map.warnings ?? []) io.writeStderr(`${CLI_MESSAGES.mapWarning(map.title, warning)}\n`);
  const exportedAt = io.now().toISOString();
  const journeys = selection.map(({ map, page, kind }) =>
    computeJourney(map, placeNotes(map), {
      exportedAt,
      pluginVersion: PLUGIN_VERSION,
      page,
      via: 'rest',
      ...(board.fileKey !== undefined ? { fileKey: board.fileKey } : {}),
      mapKind: kind,
      stampsFound,
    }),
  );
  await writeOutputAsync(formatExport(journeys, plan.format), plan.out, io, CLI_MESSAGES.wrote(journeys.length, plan.out ?? ''));
}

/** Prints the text, or writes it to `out` and says so on stderr. */
async function writeOutputAsync(text: string, out: string | null, io: CliIo, wrote: string): Promise<void> {
  if (out === null) {
    io.writeStdout(text);
    return;
  }
  try {
    await io.writeFileAsync(out, text);
  } catch (error) {
    throw new CliError(CLI_MESSAGES.cannotWrite(out, describeWriteError(error, out)), EXIT_BAD_INPUT);
  }
  io.writeStderr(`${wrote}\n`);
}

async function compareAsync(plan: ComparePlan, io: CliIo): Promise<void> {
  await refuseOutOverInputAsync(plan.out, [plan.before, plan.after], io);
  const readJourneyAsync = async (path: string) => {
    // A file is read, never fetched, so no timeout applies.
    const file = await loadBoardAsync({ kind: 'file', path }, io, 0);
    return parseJourneyFile(file.text, file.source);
  };
  const before = await readJourneyAsync(plan.before);
  const comparison = compareJourneys(before, await readJourneyAsync(plan.after));
  await writeOutputAsync(formatComparison(comparison, plan.format), plan.out, io, CLI_MESSAGES.wroteComparison(plan.out ?? ''));
}

function selectMapsOrThrow(maps: readonly BoardMap[], query: string | null, source: string): BoardMap[] {
  const selection = selectMaps(maps, query);
  if (selection.kind === 'selected') return selection.maps;
  const heading = selection.kind === 'not-found' ? CLI_MESSAGES.mapNotFound(query ?? '', source) : CLI_MESSAGES.mapAmbiguous(query ?? '');
  throw new CliError([heading, ...listMaps(selection.kind === 'not-found' ? maps : selection.maps)].join('\n'), EXIT_BAD_INPUT);
}

/**
 * Every secret the environment holds, as it could appear in a message: the token, and each line of it should it
 * hold a line break. Messages never print the token; this is the last guard should a library's message quote it.
 */
function hideSecrets(text: string, io: CliIo): string {
  const token = io.env[FIGMA_TOKEN_VARIABLE] ?? '';
  const secrets = [token.trim(), ...token.split(/\s+/)].filter((secret) => secret.length >= 6);
  return secrets.reduce((hidden, secret) => hidden.split(secret).join('[FIGMA_TOKEN]'), text);
}

/** The whole command: arguments in, text out, an exit code back. Nothing here exits the process. */
export async function runCliAsync(argv: readonly string[], io: CliIo): Promise<number> {
  const plan = parseCliArguments(argv);
  switch (plan.kind) {
    case 'help':
      io.writeStdout(HELP_TEXT);
      return EXIT_SUCCESS;
    case 'version':
      io.writeStdout(`${PLUGIN_VERSION}\n`);
      return EXIT_SUCCESS;
    case 'usage-error':
      io.writeStderr(`${plan.message}\n${CLI_MESSAGES.seeHelp}\n`);
      return EXIT_USAGE;
    case 'export':
    case 'compare':
      try {
        await (plan.kind === 'export' ? exportAsync(plan, io) : compareAsync(plan, io));
        return EXIT_SUCCESS;
      } catch (error) {
        if (!(error instanceof CliError)) {
          // One sentence and where to report it; the stack is for a bug report, so only when asked for.
          const details = plan.debug && error instanceof Error ? `${error.stack ?? error.message}\n` : '';
          io.writeStderr(hideSecrets(`${CLI_MESSAGES.unexpected}\n${CLI_MESSAGES.reportIssue}\n${details}`, io));
          return EXIT_BAD_INPUT;
        }
        io.writeStderr(`${hideSecrets(error.message, io)}\n`);
        if (error.exitCode === EXIT_USAGE) io.writeStderr(`${CLI_MESSAGES.seeHelp}\n`);
        return error.exitCode;
      }
  }
}
