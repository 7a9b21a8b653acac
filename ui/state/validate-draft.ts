import { TemplateSpecSchema } from '../../src/core/template/template-spec';
import type { TemplateSpec } from '../../src/core/template/template-spec';
import { computeSpecFromDraft } from './compute-spec-from-draft';
import type { DraftSpec } from './compute-spec-from-draft';
import { computeFieldKey } from './field-key';
import type { FieldKey } from './field-key';
import type { SpecDraft } from './spec-draft';

export type FieldErrors = Readonly<Record<FieldKey, string>>;

export type DraftValidation = { ok: true; spec: TemplateSpec } | { ok: false; errors: FieldErrors };

/** Checks the draft with the very schema the sandbox uses; the first problem of each control is kept. */
export function validateDraft(draft: SpecDraft): DraftValidation {
  return validateDraftSpec(computeSpecFromDraft(draft));
}

export function validateDraftSpec(draftSpec: DraftSpec): DraftValidation {
  const parsed = TemplateSpecSchema.safeParse(draftSpec.spec);
  if (parsed.success) return { ok: true, spec: parsed.data };
  const errors: Record<FieldKey, string> = {};
  for (const issue of parsed.error.issues) {
    const key = computeFieldKey(issue.path, draftSpec);
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}
