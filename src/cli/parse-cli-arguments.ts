import { parseArgs } from 'node:util';
import type { ExportFormat } from '../core/journey-schema';
import { EXPORT_FORMATS } from '../core/journey-schema';
import { CLI_MESSAGES } from '../core/user-messages';
import { isFigmaUrl, readFileKey } from './read-file-key';

export type BoardInput = { kind: 'file'; path: string } | { kind: 'stdin' } | { kind: 'fetch'; fileKey: string };

export interface ExportPlan {
  kind: 'export';
  input: BoardInput;
  format: ExportFormat;
  /** Write here instead of stdout; null (or `--out -`) for stdout. */
  out: string | null;
  /** Seconds to wait for Figma, as given; null for the environment's or the default. */
  timeout: string | null;
  /** Print an unexpected error's stack, for a bug report. */
  debug: boolean;
  /** A map id, node id or title; null for every map. */
  map: string | null;
}

export type CliPlan = { kind: 'help' } | { kind: 'version' } | ExportPlan | { kind: 'usage-error'; message: string };

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  map: { type: 'string', short: 'm' },
  'file-key': { type: 'string', short: 'k' },
  timeout: { type: 'string', short: 't' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

function readInput(positional: readonly string[], fileKeyOption: string | undefined): BoardInput | { error: string } {
  if (positional.length > 1) return { error: CLI_MESSAGES.extraArguments(positional.slice(1).join(' ')) };
  const source = positional[0];
  if (source !== undefined && fileKeyOption !== undefined) return { error: CLI_MESSAGES.twoInputs };
  const keySource = fileKeyOption ?? (source !== undefined && isFigmaUrl(source) ? source : undefined);
  if (keySource !== undefined) {
    const fileKey = readFileKey(keySource);
    return fileKey === null ? { error: CLI_MESSAGES.badFileKey(keySource) } : { kind: 'fetch', fileKey };
  }
  if (source === undefined) return { error: CLI_MESSAGES.noInput };
  return source === '-' ? { kind: 'stdin' } : { kind: 'file', path: source };
}

/** What the command line was asked to do, decided from the arguments alone: no files, network or environment. */
export function parseCliArguments(argv: readonly string[]): CliPlan {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return { kind: 'usage-error', message: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...rest] = positionals;
  if (command === undefined) return { kind: 'usage-error', message: CLI_MESSAGES.noCommand };
  if (command === 'help') return { kind: 'help' };
  if (command !== 'export') return { kind: 'usage-error', message: CLI_MESSAGES.unknownCommand(command) };
  const format = values.format ?? 'json';
  if (!isExportFormat(format)) return { kind: 'usage-error', message: CLI_MESSAGES.badFormat(format) };
  const input = readInput(rest, values['file-key']);
  if ('error' in input) return { kind: 'usage-error', message: input.error };
  const out = values.out === undefined || values.out === '-' ? null : values.out;
  return { kind: 'export', input, format, out, map: values.map ?? null, timeout: values.timeout ?? null, debug: values.debug ?? false };
}
