import type { SandboxToUi } from '../../core/protocol/protocol';

/** How a handler answers the panel: progress, chunks and its answer, each a message the protocol validates. */
export type Post = (message: SandboxToUi) => void;
