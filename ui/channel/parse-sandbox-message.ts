import { SandboxToUiSchema } from '../../src/core/protocol/protocol';
import type { SandboxToUi } from '../../src/core/protocol/protocol';
import { formatValidationIssues } from '../../src/core/import/validation-message';

export type Logger = (message: string, detail?: unknown) => void;

/** The message when it is one the protocol knows; null (and a log line) for anything else, so nothing crashes. */
export function parseSandboxMessage(data: unknown, log: Logger): SandboxToUi | null {
  const parsed = SandboxToUiSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  log('Ignored a message from the sandbox that does not match the protocol', {
    problems: formatValidationIssues(parsed.error),
    data,
  });
  return null;
}
