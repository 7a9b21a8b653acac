import * as z from 'zod/mini';
import { ExportFormatSchema } from '../journey/journey-schema';
import { TemplateSpecSchema } from '../template/template-spec';

/**
 * How small and large the corner handle may make the panel: below 300 × 400 the forms stop fitting; above
 * 800 × 1000 the panel hides most of the board it works on.
 */
export const PANEL_SIZE_LIMITS = { minWidth: 300, maxWidth: 800, minHeight: 400, maxHeight: 1000 } as const;

/** What the panel remembers per person (figma.clientStorage): the last map drawn and the last export choices. */
export const PreferencesSchema = z.object({
  spec: z.optional(TemplateSpecSchema),
  format: z.optional(ExportFormatSchema),
  includeAuthors: z.optional(z.boolean()),
  /** The panel's size as the person last left it with the corner handle. */
  panelSize: z.optional(
    z.object({
      width: z.int().check(z.minimum(PANEL_SIZE_LIMITS.minWidth), z.maximum(PANEL_SIZE_LIMITS.maxWidth)),
      height: z.int().check(z.minimum(PANEL_SIZE_LIMITS.minHeight), z.maximum(PANEL_SIZE_LIMITS.maxHeight)),
    }),
  ),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

export const PREFERENCES_STORAGE_KEY = 'preferences';
