import type { Journey } from './journey-schema';

/**
 * Whether the journey's votes could not be counted: a REST file without a single stamp (`stampsFound: false`), as
 * STAMP nodes are not in Figma's published REST schema. Then no note is said to have no votes.
 */
export function areVotesUnknown(journey: Journey): boolean {
  return journey.source.stampsFound === false;
}
