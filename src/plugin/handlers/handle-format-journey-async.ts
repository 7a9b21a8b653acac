import { formatJourney } from '../../core/formats/format-journey';
import { JourneySchema } from '../../core/journey/journey-schema';
import type { FormatJourneyRequest, SandboxToUi } from '../../core/protocol/protocol';
import { USER_MESSAGES } from '../../core/shared/user-messages';
import { formatValidationIssues } from '../../core/import/validation-message';
import { PluginError } from '../platform/plugin-error';
import { postTextInChunksAsync } from '../platform/post-text-in-chunks-async';

type Post = (message: SandboxToUi) => void;

/**
 * A journey already read, in another format. It touches neither the board nor the storage: a change of format
 * in the panel costs no plugin-API call, whatever the size of the map (the bench counts them: none).
 */
export async function handleFormatJourneyAsync(request: FormatJourneyRequest, post: Post): Promise<SandboxToUi> {
  const parsed = JourneySchema.safeParse(request.journey, { reportInput: true });
  if (!parsed.success) throw new PluginError(USER_MESSAGES.journeyToFormatInvalid, undefined, formatValidationIssues(parsed.error));
  const text = formatJourney(parsed.data, request.format);
  const sent = await postTextInChunksAsync(request.requestId, text, post);
  return { type: 'journey-formatted', requestId: request.requestId, format: request.format, ...sent };
}
