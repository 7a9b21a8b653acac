/** How long each request may go without an answer or a `progress` message before the panel gives up. */
export const REQUEST_TIMEOUTS = {
  createMap: 30_000,
  // A big board is read in steps; each `progress` message starts this wait again.
  exportMap: 60_000,
  listMaps: 15_000,
  zoomToNode: 10_000,
  // A big journey is drawn in steps, with `progress` like an export.
  importMap: 60_000,
  readMapSpec: 15_000,
  changeMap: 60_000,
  // Two maps are read, each in steps with `progress`.
  compareMaps: 60_000,
  // No board read: only the text of a journey on hand, sent in pieces when large.
  formatJourney: 30_000,
} as const;
