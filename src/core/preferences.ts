import * as z from 'zod/mini';
import { ExportFormatSchema } from './journey-schema';
import { TemplateSpecSchema } from './template-spec';

/** What the panel remembers per person (figma.clientStorage): the last map drawn and the last export choices. */
export const PreferencesSchema = z.object({
  spec: z.optional(TemplateSpecSchema),
  format: z.optional(ExportFormatSchema),
  includeAuthors: z.optional(z.boolean()),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

export const PREFERENCES_STORAGE_KEY = 'preferences';
