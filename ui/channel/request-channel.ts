import type { SandboxToUi, UiToSandbox } from '../../src/core/protocol/protocol';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import { parseSandboxMessage } from './parse-sandbox-message';
import type { Logger } from './parse-sandbox-message';
import { RequestError } from './request-error';

/** How messages leave and arrive; the real one wraps `parent.postMessage` and `window` message events. */
export interface Transport {
  post(message: UiToSandbox): void;
  /** Calls `listener` with each `pluginMessage` that arrives; returns the function that stops it. */
  subscribe(listener: (pluginMessage: unknown) => void): () => void;
}

export interface Timers {
  setTimeout(callback: () => void, milliseconds: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What answers each request. An `update-map` that would remove notes' cells is answered with a question. */
const ANSWER_TYPES = {
  'create-map': ['map-created'],
  'export-map': ['map-exported'],
  'list-maps': ['maps-listed'],
  'zoom-to-node': ['node-zoomed'],
  'import-map': ['map-imported'],
  'duplicate-map': ['map-imported'],
  'read-map-spec': ['map-spec'],
  'update-map': ['map-updated', 'update-needs-confirmation'],
  'tidy-map': ['map-tidied'],
  'draw-emotion-curve': ['emotion-curve-drawn'],
  'compare-maps': ['maps-compared'],
  'format-journey': ['journey-formatted'],
} as const satisfies Partial<Record<UiToSandbox['type'], readonly SandboxToUi['type'][]>>;

export type RequestType = keyof typeof ANSWER_TYPES;
type RequestMessage<Type extends RequestType> = Extract<UiToSandbox, { type: Type }>;
export type RequestBody<Type extends RequestType> = Omit<RequestMessage<Type>, 'requestId'>;
export type AnswerOf<Type extends RequestType> = Extract<SandboxToUi, { type: (typeof ANSWER_TYPES)[Type][number] }>;
export type ProgressMessage = Extract<SandboxToUi, { type: 'progress' }>;
/** Messages that answer no request: `init`, `selection-changed`, an `error` without a request id, late answers. */
export type EventListener = (message: SandboxToUi) => void;
type OneWayMessage = Exclude<UiToSandbox, { requestId: string }>;

export interface RequestOptions {
  /** How long to wait for the answer, counted again from each `progress` message of the request. */
  timeoutMilliseconds: number;
  onProgress?: (progress: ProgressMessage) => void;
}

export interface RequestChannel {
  requestAsync<Type extends RequestType>(body: RequestBody<Type> & { type: Type }, options: RequestOptions): Promise<AnswerOf<Type>>;
  send(message: OneWayMessage): void;
  onEvent(listener: EventListener): () => void;
  /** Stops listening; requests still waiting fail with a `closed` error. */
  close(): void;
}

interface PendingRequest {
  answerTypes: readonly SandboxToUi['type'][];
  options: RequestOptions;
  timer: unknown;
  resolve: (answer: SandboxToUi) => void;
  reject: (error: RequestError) => void;
  /** A big export's text, piece by piece, until its answer says how many pieces there were. */
  textChunks: string[];
}

export interface RequestChannelDependencies {
  transport: Transport;
  timers: Timers;
  log: Logger;
  /** Unique per panel; a counter with a random prefix unless a test gives its own. */
  createRequestId?: () => string;
}

function createCounterRequestId(): () => string {
  const prefix = Math.random().toString(36).slice(2, 8);
  let counter = 0;
  return () => `${prefix}-${++counter}`;
}

export function createRequestChannel(dependencies: RequestChannelDependencies): RequestChannel {
  const { transport, timers, log } = dependencies;
  const createRequestId = dependencies.createRequestId ?? createCounterRequestId();
  const pending = new Map<string, PendingRequest>();
  const listeners = new Set<EventListener>();

  function settle(requestId: string): PendingRequest | undefined {
    const request = pending.get(requestId);
    if (!request) return undefined;
    timers.clearTimeout(request.timer);
    pending.delete(requestId);
    return request;
  }

  function startTimer(requestId: string, milliseconds: number): unknown {
    return timers.setTimeout(() => {
      settle(requestId)?.reject(new RequestError('timeout', USER_MESSAGES.requestTimedOut));
    }, milliseconds);
  }

  function answerRequest(message: SandboxToUi): boolean {
    if (!('requestId' in message) || message.requestId === null) return false;
    const request = pending.get(message.requestId);
    if (!request) return false;
    if (message.type === 'progress') {
      timers.clearTimeout(request.timer);
      request.timer = startTimer(message.requestId, request.options.timeoutMilliseconds);
      request.options.onProgress?.(message);
    } else if (message.type === 'export-chunk') {
      timers.clearTimeout(request.timer);
      request.timer = startTimer(message.requestId, request.options.timeoutMilliseconds);
      request.textChunks[message.index] = message.text;
    } else if ((message.type === 'map-exported' || message.type === 'journey-formatted') && message.textChunks !== undefined) {
      const chunks = request.textChunks;
      // Read every index: `every` would skip the hole a lost piece leaves in the array.
      let complete = chunks.length === message.textChunks;
      for (let index = 0; index < chunks.length; index++) if (typeof chunks[index] !== 'string') complete = false;
      const settled = settle(message.requestId);
      if (complete) settled?.resolve({ ...message, text: chunks.join('') });
      else settled?.reject(new RequestError('failed', USER_MESSAGES.exportIncomplete));
    } else if (message.type === 'error') {
      // Problems as a person reads them ("Stage 3 › Pain points › note 1: …") when the sandbox says them so, the
      // code path kept beside each; otherwise as the paths the sandbox gave.
      const problems = message.issues?.map((issue) => `${issue.place}: ${issue.message} (${issue.path})`) ?? message.problems;
      settle(message.requestId)?.reject(new RequestError('failed', message.message, message.field, problems));
    } else if (request.answerTypes.includes(message.type)) {
      settle(message.requestId)?.resolve(message);
    } else {
      log(`Ignored a ${message.type} message for a request that expects ${request.answerTypes.join(' or ')}`, message);
    }
    return true;
  }

  const unsubscribe = transport.subscribe((data) => {
    const message = parseSandboxMessage(data, log);
    if (message === null || answerRequest(message)) return;
    for (const listener of listeners) listener(message);
  });

  const requestAsync: RequestChannel['requestAsync'] = (body, options) => {
    const requestId = createRequestId();
    const answerTypes: readonly SandboxToUi['type'][] = ANSWER_TYPES[body.type];
    return new Promise((resolve, reject) => {
      pending.set(requestId, {
        answerTypes,
        options,
        timer: startTimer(requestId, options.timeoutMilliseconds),
        resolve: resolve as (answer: SandboxToUi) => void,
        reject,
        textChunks: [],
      });
      transport.post({ ...body, requestId } as UiToSandbox);
    });
  };

  return {
    requestAsync,
    send(message) {
      transport.post(message);
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      unsubscribe();
      listeners.clear();
      for (const requestId of [...pending.keys()]) {
        settle(requestId)?.reject(new RequestError('closed', USER_MESSAGES.unexpected));
      }
    },
  };
}
