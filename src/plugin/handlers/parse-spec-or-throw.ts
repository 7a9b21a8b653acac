import { TemplateSpecSchema } from '../../core/template/template-spec';
import type { TemplateSpec } from '../../core/template/template-spec';
import { USER_MESSAGES } from '../../core/shared/user-messages';
import { formatIssuePath, formatValidationIssues } from '../../core/import/validation-message';
import { PluginError } from '../platform/plugin-error';

/** A spec from a request, valid, or an error naming the request's field (`spec.stages[2].name`) and every problem. */
export function parseSpecOrThrow(raw: unknown): TemplateSpec {
  const parsed = TemplateSpecSchema.safeParse(raw, { reportInput: true });
  if (parsed.success) return parsed.data;
  const firstIssue = parsed.error.issues[0];
  throw new PluginError(
    USER_MESSAGES.invalidSpec(formatValidationIssues(parsed.error, 1)[0] ?? ''),
    firstIssue ? formatIssuePath(['spec', ...firstIssue.path]) : 'spec',
    formatValidationIssues(parsed.error),
  );
}
