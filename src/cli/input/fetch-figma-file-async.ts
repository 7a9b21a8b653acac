import { CLI_MESSAGES } from '../../core/shared/user-messages';
import type { CliIo } from '../cli-io';
import { CliError, EXIT_BAD_INPUT, EXIT_USAGE } from '../cli-error';
import { describeReadError } from './describe-read-error';
import { MAX_TEXT_LENGTH, isTooLongForAString } from './is-too-long-for-a-string';
import { maskUrlCredentials } from './mask-url-credentials';

export const DEFAULT_FIGMA_API_URL = 'https://api.figma.com';
/** Points the command line at another server, such as a local one in tests. */
export const FIGMA_API_URL_VARIABLE = 'JOURNEY_LANES_FIGMA_API_URL';
export const FIGMA_TOKEN_VARIABLE = 'FIGMA_TOKEN';
/** Seconds to wait for Figma's answer, body included, when --timeout does not say. */
export const FETCH_TIMEOUT_VARIABLE = 'JOURNEY_LANES_FETCH_TIMEOUT';
export const DEFAULT_FETCH_TIMEOUT_SECONDS = 60;
/** Same-origin redirects followed before giving up, so a server sending the request round in circles ends. */
export const MAX_REDIRECTS = 5;

/** A personal access token is printable ASCII without spaces; anything else is a paste gone wrong. */
const TOKEN_PATTERN = /^[\x21-\x7E]+$/;

export interface FetchedFile {
  text: string;
}

/** plugin_data=shared makes Figma include the tags Journey Lanes wrote on its maps. */
export function createFileUrl(baseUrl: string, fileKey: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/v1/files/${encodeURIComponent(fileKey)}?plugin_data=shared`;
}

function readToken(io: CliIo): string {
  const token = io.env[FIGMA_TOKEN_VARIABLE]?.trim();
  if (token === undefined || token === '') throw new CliError(CLI_MESSAGES.tokenMissing, EXIT_USAGE);
  if (!TOKEN_PATTERN.test(token)) throw new CliError(CLI_MESSAGES.tokenMalformed, EXIT_USAGE);
  return token;
}

function readApiUrl(io: CliIo): URL {
  const text = io.env[FIGMA_API_URL_VARIABLE] || DEFAULT_FIGMA_API_URL;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CliError(CLI_MESSAGES.apiUrlInvalid(maskUrlCredentials(text)), EXIT_USAGE);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new CliError(CLI_MESSAGES.apiUrlInvalid(maskUrlCredentials(text)), EXIT_USAGE);
  if (url.username !== '' || url.password !== '') throw new CliError(CLI_MESSAGES.apiUrlHasCredentials(maskUrlCredentials(text)), EXIT_USAGE);
  return url;
}

/** The timeout in seconds: --timeout, else the environment, else the default. */
export function readTimeoutSeconds(option: string | null, io: CliIo): number {
  const text = option ?? io.env[FETCH_TIMEOUT_VARIABLE];
  if (text === undefined || text.trim() === '') return DEFAULT_FETCH_TIMEOUT_SECONDS;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new CliError(CLI_MESSAGES.badTimeout(text), EXIT_USAGE);
  return seconds;
}

function isTimeout(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'));
}

function describeStatus(response: Response, fileKey: string): string {
  if (response.status !== 429) return CLI_MESSAGES.fetchRefused(response.status, fileKey);
  const retryAfter = response.headers.get('retry-after');
  return CLI_MESSAGES.rateLimited(fileKey, retryAfter !== null && /^\d+$/.test(retryAfter.trim()) ? retryAfter.trim() : null);
}

/**
 * GET one file from Figma's REST API. The token is checked before use and sent only to the configured API's
 * origin: redirects are followed by hand, same-origin ones at most MAX_REDIRECTS times, and one to another origin
 * is refused before anything is sent there. The whole exchange, body included, has a timeout. No message holds
 * the token or the address's credentials.
 */
export async function fetchFigmaFileAsync(fileKey: string, io: CliIo, timeoutSeconds: number): Promise<FetchedFile> {
  const token = readToken(io);
  const base = readApiUrl(io);
  const signal = AbortSignal.timeout(timeoutSeconds * 1000);
  let url = createFileUrl(base.href, fileKey);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await io.fetchAsync(url, { headers: { 'X-Figma-Token': token }, redirect: 'manual', signal });
      const location = response.status >= 300 && response.status < 400 ? response.headers.get('location') : null;
      if (location === null) {
        if (!response.ok) throw new CliError(describeStatus(response, fileKey), EXIT_BAD_INPUT);
        return { text: await response.text() };
      }
      await response.body?.cancel();
      const next = new URL(location, url);
      if (next.origin !== base.origin) throw new CliError(CLI_MESSAGES.redirectRefused(base.origin, maskUrlCredentials(next.origin)), EXIT_BAD_INPUT);
      if (redirects >= MAX_REDIRECTS) throw new CliError(CLI_MESSAGES.tooManyRedirects(MAX_REDIRECTS), EXIT_BAD_INPUT);
      url = next.href;
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (isTimeout(error, signal)) throw new CliError(CLI_MESSAGES.fetchTimedOut(timeoutSeconds), EXIT_BAD_INPUT);
    if (isTooLongForAString(error)) throw new CliError(CLI_MESSAGES.inputTooLarge(`file ${fileKey}`, MAX_TEXT_LENGTH), EXIT_BAD_INPUT);
    throw new CliError(CLI_MESSAGES.fetchFailed(maskUrlCredentials(url), describeReadError(error)), EXIT_BAD_INPUT);
  }
}
