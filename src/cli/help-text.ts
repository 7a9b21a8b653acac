import {
  DEFAULT_FETCH_TIMEOUT_SECONDS,
  DEFAULT_FIGMA_API_URL,
  FETCH_TIMEOUT_VARIABLE,
  FIGMA_API_URL_VARIABLE,
  FIGMA_TOKEN_VARIABLE,
} from './input/fetch-figma-file-async';

/**
 * The --help page, written for the person who runs workshops rather than for a developer. It is a page of
 * documentation, not a message, so it lives here and not among the user messages.
 */
export const HELP_TEXT = `journey-lanes: read customer journey maps from a FigJam board, without opening FigJam.

Usage
  journey-lanes export board.json [options]
  journey-lanes export https://www.figma.com/board/KEY/Name [options]
  journey-lanes export --file-key KEY [options]
  journey-lanes export - [options]             (read the board from standard input)
  journey-lanes compare before.json after.json [--format json|markdown] [--out FILE]

What it reads
  board.json is what Figma's REST API returns for a file (GET /v1/files/KEY). It finds the maps
  Journey Lanes drew, and journey maps drawn by hand or from a template: a row of stage headers,
  a column of lane labels on the left (Touchpoints, Actions, Thoughts, Emotions, Pain points,
  Opportunities, in English, French, German or Spanish; other labels become custom lanes), or a
  FigJam table whose first row names the stages and first column the lanes. A grid counts as a
  journey map when a lane or two stages are named like one; --list shows the other grids, and
  --map ID exports one of them anyway.

Comparing two journeys
  compare reads two journey files written by export (one map each, JSON) and compares them stage
  by stage: emotion before and after, pain points resolved, kept and new, opportunities added,
  votes. Use it on a current-state map and its future-state copy. JSON (default) or Markdown.

Options
  -f, --format json|csv|markdown|mermaid
                                   What to print (default json, the same as the plugin's export).
                                   mermaid: a Mermaid journey diagram of one map.
  -o, --out FILE                   Write to FILE instead of printing (never over the board read;
                                   "-" prints). FILE is replaced whole, or not at all.
  -m, --map ID_OR_TITLE            Export one map, named by its id or its title.
  -l, --list                       List the maps and the other grids found, with their ids.
  -k, --file-key KEY_OR_URL        Fetch the board from Figma (needs ${FIGMA_TOKEN_VARIABLE}).
  -t, --timeout SECONDS            Wait this long for Figma (default ${DEFAULT_FETCH_TIMEOUT_SECONDS}).
      --debug                      On an unexpected error, print the details for a bug report.
  -h, --help                       Show this page.
  -v, --version                    Show the version.

Several maps
  Without --map, every map on the board is exported: JSON prints an array of journeys (one map:
  a single journey), Markdown prints one section per map. CSV takes one map: choose it with --map;
  the message lists the maps and their ids. Mermaid takes one map too.

Fetching from Figma
  ${FIGMA_TOKEN_VARIABLE}                      A personal access token (Figma > Settings > Security).
  ${FIGMA_API_URL_VARIABLE}      Another API address (default ${DEFAULT_FIGMA_API_URL}).
  ${FETCH_TIMEOUT_VARIABLE}      Seconds to wait for Figma when --timeout is not given.
  Files on a Starter plan, and View or Collab seats, get about 6 file reads a month. Save the
  file once, then read the saved copy as often as you like:
    curl -H "X-Figma-Token: $${FIGMA_TOKEN_VARIABLE}" \\
      "${DEFAULT_FIGMA_API_URL}/v1/files/KEY?plugin_data=shared" > board.json

Exit codes
  0  the export or comparison was written
  1  the input is wrong: file unreadable, not JSON, not a FigJam board, no map found, not a journey
  2  the command is wrong: unknown option, missing file, or CSV or Mermaid asked for several maps

Examples
  FIGMA_TOKEN=figd_… journey-lanes export https://www.figma.com/board/AbC123xyz/Workshop
  journey-lanes export board.json --format csv --map "Current state" --out pains.csv
  journey-lanes export board.json --format markdown > journey.md
  journey-lanes export board.json --map "Current state" --out current.json
  journey-lanes compare current.json future.json --format markdown --out changes.md
`;
