import { USER_MESSAGES } from '../../src/core/shared/user-messages';

/**
 * The parts the map lacks on the board (a deleted lane, header, title or persona), as the export said: right under
 * the status line that counts them, in the warning colour, so nobody reads the export as whole when it is not.
 * Nothing when the map lacks nothing.
 */
export function MapWarningList({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <section class="map-warnings" aria-labelledby="warnings-title">
      <h2 id="warnings-title" class="group-title">
        {USER_MESSAGES.mapWarningsHeading}
      </h2>
      <ul class="rows">
        {warnings.map((warning, index) => (
          <li key={index}>{warning}</li>
        ))}
      </ul>
    </section>
  );
}
