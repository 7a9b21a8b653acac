import * as z from 'zod/mini';

/** What a lane holds. The export groups notes by lane id; the kind says how to read them (emotions get scores). */
export const LANE_KINDS = [
  'touchpoints',
  'actions',
  'thoughts',
  'emotions',
  'painPoints',
  'opportunities',
  'frontstage',
  'backstage',
  'custom',
] as const;

export const LaneKindSchema = z.enum(LANE_KINDS);
export type LaneKind = z.infer<typeof LaneKindSchema>;
