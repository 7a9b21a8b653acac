import { computeJourney } from '../core/compute-journey';
import { readRestBoard } from '../core/read-rest-board';
import { CLI_MESSAGES } from '../core/user-messages';
import type { CliIo } from './cli-io';
import { CliError, EXIT_BAD_INPUT, EXIT_SUCCESS, EXIT_USAGE } from './cli-error';
import { findBoardMaps } from './find-board-maps';
import type { BoardMap } from './find-board-maps';
import { formatExport } from './format-export';
import { HELP_TEXT } from './help-text';
import { FIGMA_TOKEN_VARIABLE, readTimeoutSeconds } from './fetch-figma-file-async';
import { loadBoardAsync } from './load-board-async';
import { parseBoardFile } from './parse-board-file';
import { parseCliArguments } from './parse-cli-arguments';
import { selectMaps } from './select-maps';
import type { ExportPlan } from './parse-cli-arguments';

function listMaps(maps: readonly BoardMap[]): string[] {
  return maps.map(({ map, page }) => CLI_MESSAGES.mapListItem(map.mapId, map.title, page));
}

async function exportAsync(plan: ExportPlan, io: CliIo): Promise<void> {
  if (plan.out !== null && plan.input.kind === 'file' && (await io.isSameFileAsync(plan.out, plan.input.path))) {
    throw new CliError(CLI_MESSAGES.outIsInput(plan.out), EXIT_USAGE);
  }
  const board = await loadBoardAsync(plan.input, io, readTimeoutSeconds(plan.timeout, io));
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
  const exportedAt = io.now().toISOString();
  const journeys = selection.map(({ map, page, kind }) =>
    computeJourney(map, {
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
      try {
        await exportAsync(plan, io);
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
