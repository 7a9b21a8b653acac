import { computeJourney } from '../core/compute-journey';
import { placeNotes } from '../core/place-notes';
import { readRestBoard } from '../core/read-rest-board';
import { CLI_MESSAGES } from '../core/user-messages';
import type { CliIo } from './cli-io';
import { CliError, EXIT_BAD_INPUT, EXIT_SUCCESS, EXIT_USAGE } from './cli-error';
import { findBoardMaps } from './find-board-maps';
import type { BoardMap } from './find-board-maps';
import { formatExport } from './format-export';
import { HELP_TEXT } from './help-text';
import { loadBoardAsync } from './load-board-async';
import { parseBoardFile } from './parse-board-file';
import { parseCliArguments } from './parse-cli-arguments';
import { selectMaps } from './select-maps';
import type { ExportPlan } from './parse-cli-arguments';

function listMaps(maps: readonly BoardMap[]): string[] {
  return maps.map(({ map, page }) => CLI_MESSAGES.mapListItem(map.mapId, map.title, page));
}

async function exportAsync(plan: ExportPlan, io: CliIo): Promise<void> {
  const board = await loadBoardAsync(plan.input, io);
  const file = parseBoardFile(board.text, board.source);
  const found = findBoardMaps(readRestBoard(file));
  if (found.maps.length === 0) {
    throw new CliError([CLI_MESSAGES.noMap(board.source), ...found.problems].join('\n'), EXIT_BAD_INPUT);
  }
  for (const problem of found.problems) io.writeStderr(`${CLI_MESSAGES.warning(problem)}\n`);
  const selection = selectMapsOrThrow(found.maps, plan.map, board.source);
  if (selection.length > 1 && plan.format === 'csv') {
    throw new CliError([CLI_MESSAGES.severalMapsForCsv(selection.length), ...listMaps(selection)].join('\n'), EXIT_USAGE);
  }
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
    }),
  );
  const text = formatExport(journeys, plan.format);
  if (plan.out === null) {
    io.writeStdout(text);
    return;
  }
  try {
    await io.writeFileAsync(plan.out, text);
  } catch (error) {
    throw new CliError(CLI_MESSAGES.cannotWrite(plan.out, error instanceof Error ? error.message : String(error)), EXIT_BAD_INPUT);
  }
  io.writeStderr(`${CLI_MESSAGES.wrote(journeys.length, plan.out)}\n`);
}

function selectMapsOrThrow(maps: readonly BoardMap[], query: string | null, source: string): BoardMap[] {
  const selection = selectMaps(maps, query);
  if (selection.kind === 'selected') return selection.maps;
  const heading = selection.kind === 'not-found' ? CLI_MESSAGES.mapNotFound(query ?? '', source) : CLI_MESSAGES.mapAmbiguous(query ?? '');
  throw new CliError([heading, ...listMaps(selection.kind === 'not-found' ? maps : selection.maps)].join('\n'), EXIT_BAD_INPUT);
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
      try {
        await exportAsync(plan, io);
        return EXIT_SUCCESS;
      } catch (error) {
        if (!(error instanceof CliError)) throw error;
        io.writeStderr(`${error.message}\n`);
        if (error.exitCode === EXIT_USAGE) io.writeStderr(`${CLI_MESSAGES.seeHelp}\n`);
        return error.exitCode;
      }
  }
}
