import { parseArgs } from 'node:util';
import type { ComparisonFormat } from '../core/compare/journey-comparison-schema';
import { COMPARISON_FORMATS } from '../core/compare/journey-comparison-schema';
import type { ExportFormat } from '../core/journey/journey-schema';
import { EXPORT_FORMATS } from '../core/journey/journey-schema';
import { CLI_MESSAGES } from '../core/shared/user-messages';
import { escapeControlCharacters } from './input/escape-control-characters';
import { isFigmaUrl, readFileKey } from './input/read-file-key';

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
  /** List the maps and the other grids found, with their ids, instead of exporting. */
  list: boolean;
}

/** `compare before.json after.json`: two version-1 exports, compared stage by stage. */
export interface ComparePlan {
  kind: 'compare';
  before: string;
  after: string;
  format: ComparisonFormat;
  /** Write here instead of stdout; null (or `--out -`) for stdout. */
  out: string | null;
  /** Print an unexpected error's stack, for a bug report. */
  debug: boolean;
}

export type CliPlan = { kind: 'help' } | { kind: 'version' } | ExportPlan | ComparePlan | { kind: 'usage-error'; message: string };

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  map: { type: 'string', short: 'm' },
  list: { type: 'boolean', short: 'l' },
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

function isComparisonFormat(value: string): value is ComparisonFormat {
  return (COMPARISON_FORMATS as readonly string[]).includes(value);
}

function readComparePlan(
  files: readonly string[],
  values: { format?: string; out?: string; map?: string; 'file-key'?: string; list?: boolean; timeout?: string; debug?: boolean },
): CliPlan {
  for (const option of ['map', 'file-key', 'timeout'] as const) {
    if (values[option] !== undefined) return { kind: 'usage-error', message: CLI_MESSAGES.compareOptionUnused(option) };
  }
  if (files.length < 2) return { kind: 'usage-error', message: CLI_MESSAGES.compareNeedsTwoFiles };
  if (files.length > 2) return { kind: 'usage-error', message: CLI_MESSAGES.extraArguments(files.slice(2).join(' ')) };
  const format = values.format ?? 'json';
  if (!isComparisonFormat(format)) return { kind: 'usage-error', message: CLI_MESSAGES.badComparisonFormat(format) };
  if (values.list) return { kind: 'usage-error', message: CLI_MESSAGES.compareOptionUnused('list') };
  const out = values.out === undefined || values.out === '-' ? null : values.out;
  return { kind: 'compare', before: files[0]!, after: files[1]!, format, out, debug: values.debug ?? false };
}

function isOptionName(name: string): name is keyof typeof OPTIONS {
  return Object.hasOwn(OPTIONS, name);
}

/**
 * Why strict parsing refused the arguments, naming the option as it was typed. Node's own text quotes unevenly,
 * spans lines and speaks of positionals, so the arguments are read again leniently, as tokens, to find the fault.
 * Returns null when no option token explains it.
 */
function describeOptionError(argv: readonly string[]): string | null {
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    // Quoted on one line: an argument may hold a line break or a terminal's control characters.
    const rawName = escapeControlCharacters(token.rawName);
    if (!isOptionName(token.name)) return CLI_MESSAGES.unknownOption(rawName);
    const { value } = token;
    if (OPTIONS[token.name].type === 'boolean') {
      if (value !== undefined) return CLI_MESSAGES.optionTakesNoValue(rawName);
    } else if (value === undefined) {
      return CLI_MESSAGES.optionNeedsValue(rawName);
    } else if (!token.inlineValue && value.length > 1 && value.startsWith('-')) {
      // Strict parsing takes "--map --list" for a forgotten value; "--map=--list" is how to mean it.
      return CLI_MESSAGES.optionValueLooksLikeOption(rawName, escapeControlCharacters(value));
    }
  }
  return null;
}

/** What the command line was asked to do, decided from the arguments alone: no files, network or environment. */
export function parseCliArguments(argv: readonly string[]): CliPlan {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // Should no option explain it, Node's text on one line.
    const fallback = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');
    return { kind: 'usage-error', message: describeOptionError(argv) ?? fallback };
  }
  const { values, positionals } = parsed;
  // An empty name would be written beside the board as a hidden temporary file, then fail to be renamed.
  if (values.out === '') return { kind: 'usage-error', message: CLI_MESSAGES.optionNeedsValue('--out') };
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...rest] = positionals;
  if (command === undefined) return { kind: 'usage-error', message: CLI_MESSAGES.noCommand };
  if (command === 'help') return { kind: 'help' };
  if (command === 'compare') return readComparePlan(rest, values);
  if (command !== 'export') return { kind: 'usage-error', message: CLI_MESSAGES.unknownCommand(command) };
  const format = values.format ?? 'json';
  if (!isExportFormat(format)) return { kind: 'usage-error', message: CLI_MESSAGES.badFormat(format) };
  const input = readInput(rest, values['file-key']);
  if ('error' in input) return { kind: 'usage-error', message: input.error };
  const out = values.out === undefined || values.out === '-' ? null : values.out;
  return { kind: 'export', input, format, out, map: values.map ?? null, list: values.list ?? false, timeout: values.timeout ?? null, debug: values.debug ?? false };
}
