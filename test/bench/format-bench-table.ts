import type { BenchResults } from './run-bench';
import { CLI_TARGETS } from './measure-cli-against-parse';
import { IMPORT_CALLS_PER_NOTE_TARGET } from './measure-import-async';
import { FREEZE_TARGETS } from './measure-request-slices-async';

/** The export's floor: what is read of each exported note, and of each stamp; and the slack allowed above it. */
export const EXPORT_FLOOR = { readsPerNote: 5, readsPerStamp: 2, slackPerNote: 0.2 } as const;

export const TARGETS = {
  readsPerNote: 6,
  peerRatio: 2,
  placementRatio: 1.5,
  fontLoadsPerTemplate: 2,
  undoStepsPerTemplate: 1,
} as const;

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  return lines.join('\n');
}

function integer(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

function decimal(value: number, digits = 2): string {
  return value.toFixed(digits);
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function verdict(met: boolean): string {
  return met ? 'met' : 'NOT met';
}

/** The bench figures as Markdown tables, the same text on the terminal and in docs/performance.md. */
export function formatBenchTable(results: BenchResults): string {
  const sections: string[] = [];
  sections.push(
    `Journey Lanes ${results.pluginVersion}, ${results.machine.node}, ${results.machine.cpu} (${results.machine.cores} cores), ` +
      `medians of ${results.runs.placement} placement and ${results.runs.serialisation} serialisation runs`,
  );

  sections.push(
    '### Plugin API reads of one export (8 lanes × 10 stages)\n\n' +
      table(
        ['Notes on board', 'Other nodes', 'Notes exported', 'Reads, whole export', 'Per exported note', 'On one note (median / max)', 'Peer-style reads', 'Peer per sticky', 'Peer ÷ ours'],
        results.boards.map(({ notes, otherNodes, reads }) => [
          integer(notes),
          integer(otherNodes),
          integer(reads.exportedNotes),
          integer(reads.total),
          decimal(reads.perExportedNote),
          `${reads.medianOnOneNote} / ${reads.maxOnOneNote}`,
          integer(reads.peerTotal),
          decimal(reads.peerPerNote),
          `${decimal(reads.peerRatio)}×`,
        ]),
      ),
  );

  sections.push(
    '### Read once: a change of export format after the board was read (`format-journey`, target: 0 reads)\n\n' +
      table(
        ['Notes on board', 'Formats asked', 'Characters made', 'Plugin-API reads', 'Writes', 'Calls (posting answers)', 'Target'],
        results.boards.map(({ notes, formatSwitch }) => [
          integer(notes),
          formatSwitch.formats.join(', '),
          integer(formatSwitch.characters),
          integer(formatSwitch.reads),
          integer(formatSwitch.writes),
          integer(formatSwitch.calls),
          verdict(formatSwitch.reads === 0 && formatSwitch.writes === 0),
        ]),
      ),
  );

  sections.push(
    '### Placement (pure) against the floor, on the boards above\n\n' +
      table(
        ['Notes placed', 'placeNotes', 'Floor', 'Ratio', 'µs per note'],
        results.boards.map(({ placement }) => [
          integer(placement.notes),
          `${decimal(placement.placement)} ms`,
          `${decimal(placement.floor, 3)} ms`,
          `${decimal(placement.ratio, 0)}×`,
          decimal(placement.placementPerNote, 3),
        ]),
      ),
  );

  sections.push(
    '### Placement as maps and boards grow (synthetic snapshots)\n\n' +
      table(
        ['Map', 'Notes', 'placeNotes', 'µs per note', 'Ratio to floor'],
        results.scaling.map((row) => [
          `${row.lanes} × ${row.stages}`,
          integer(row.notes),
          `${decimal(row.placement)} ms`,
          decimal(row.placementPerNote, 3),
          `${decimal(row.ratio, 0)}×`,
        ]),
      ),
  );

  sections.push(
    '### Serialisation of the export\n\n' +
      table(
        ['Notes exported', ...results.boards[0]!.serialisation.map((entry) => entry.format.toUpperCase())],
        results.boards.map(({ reads, serialisation }) => [
          integer(reads.exportedNotes),
          ...serialisation.map((entry) => `${decimal(entry.milliseconds)} ms (${kilobytes(entry.bytes)})`),
        ]),
      ),
  );

  sections.push(
    '### Template generation (create-map on an empty board)\n\n' +
      table(
        ['Map', 'Nodes created', 'API calls', 'loadFontAsync', 'commitUndo'],
        results.templates.map((template) => [
          `${template.lanes} lanes × ${template.stages} stages`,
          integer(template.nodesCreated),
          integer(template.apiCalls),
          String(template.loadFontAsync),
          String(template.commitUndo),
        ]),
      ),
  );

  sections.push(
    '### Import (import-map of an 8 × 10 journey on an empty board)\n\n' +
      table(
        ['Notes', 'API calls per note', 'loadFontAsync', 'commitUndo', 'Progress messages', 'Time on the fake'],
        results.imports.map((entry) => [
          integer(entry.notes),
          decimal(entry.apiCallsPerNote),
          String(entry.loadFontAsync),
          String(entry.commitUndo),
          String(entry.progressMessages),
          `${decimal(entry.milliseconds, 0)} ms`,
        ]),
      ),
  );


  sections.push(
    '### Export against its floor (5 reads per exported note + 2 per stamp; allowed: floor + 0.2 per note)\n\n' +
      table(
        ['Notes on board', 'Notes exported', 'Stamps', 'Reads, whole export', 'Floor', 'Allowed', 'Per note: ours / floor', 'Target'],
        results.boards.map(({ notes, reads, stamps }) => {
          const floor = EXPORT_FLOOR.readsPerNote * reads.exportedNotes + EXPORT_FLOOR.readsPerStamp * stamps;
          const allowed = floor + EXPORT_FLOOR.slackPerNote * reads.exportedNotes;
          return [
            integer(notes),
            integer(reads.exportedNotes),
            integer(stamps),
            integer(reads.total),
            integer(floor),
            integer(allowed),
            `${decimal(reads.total / reads.exportedNotes)} / ${decimal(floor / reads.exportedNotes)}`,
            verdict(reads.total <= allowed),
          ];
        }),
      ),
  );

  sections.push(
    `### Import and duplicate at the floor (target: ≤ ${IMPORT_CALLS_PER_NOTE_TARGET} API calls per note, map included)\n\n` +
      table(
        ['Request', 'Notes', 'API calls per note', 'Of them reads', 'loadFontAsync', 'commitUndo', 'Target'],
        [
          ...results.imports.map((entry) => [
            'import-map (one note in three voted)',
            integer(entry.notes),
            decimal(entry.apiCallsPerNote),
            '',
            String(entry.loadFontAsync),
            String(entry.commitUndo),
            verdict(entry.apiCallsPerNote <= IMPORT_CALLS_PER_NOTE_TARGET),
          ]),
          ...results.boards.map(({ notes, duplicate }) =>
            duplicate.notesCopied === 0
              ? [`duplicate-map of the ${integer(notes)}-note board`, '0', duplicate.answer, '', '', '', 'not measured']
              : [
                  `duplicate-map of the ${integer(notes)}-note board`,
                  integer(duplicate.notesCopied),
                  decimal(duplicate.apiCallsPerNote),
                  decimal(duplicate.readsPerNote),
                  String(duplicate.loadFontAsync),
                  String(duplicate.commitUndo),
                  verdict(duplicate.apiCallsPerNote <= IMPORT_CALLS_PER_NOTE_TARGET),
                ],
          ),
        ],
      ) +
      `\n\nOne more note costs ${decimal(results.importNoteCost.callsPerPlainNote)} calls without votes and ` +
      `${decimal(results.importNoteCost.callsPerVotedNote)} with votes (its recorded votes and badge); ` +
      `the map around them ${integer(results.importNoteCost.mapCalls)}.`,
  );

  sections.push(
    `### No long freezes (target: control back every ≤ ${FREEZE_TARGETS.sliceMilliseconds} ms, progress every ≤ ${FREEZE_TARGETS.progressGapMilliseconds} ms)\n\n` +
      table(
        ['Request', 'Board', 'Answer', 'Time on the fake', 'Longest slice', 'Yields', 'Progress messages', 'Longest gap between progress', 'API calls', 'Target'],
        results.freezes.map((entry) => [
          entry.request,
          entry.board,
          entry.answer.slice(0, 60),
          `${decimal(entry.milliseconds, 0)} ms`,
          `${decimal(entry.longestSliceMilliseconds, 0)} ms`,
          integer(entry.yields),
          integer(entry.progressMessages),
          `${decimal(entry.longestProgressGapMilliseconds, 0)} ms`,
          integer(entry.apiCalls),
          verdict(freezeMet(entry)),
        ]),
      ),
  );

  sections.push(
    `### Command line against reading the file (target: ≤ ${CLI_TARGETS.timeRatio}× the time, ≤ ${CLI_TARGETS.memoryRatio}× the peak memory)\n\n` +
      table(
        ['Board', 'Stickies', 'File', 'export', 'read + JSON.parse', 'Time ratio', 'Peak memory, export', 'Peak memory, parse', 'Memory ratio', 'Target'],
        results.cli.map((entry) => [
          entry.board,
          integer(entry.stickies),
          `${(entry.bytes / 1e6).toFixed(1)} MB`,
          `${decimal(entry.exportMilliseconds, 0)} ms`,
          `${decimal(entry.parseMilliseconds, 0)} ms`,
          `${decimal(entry.timeRatio)}×`,
          `${integer(entry.exportPeakKilobytes / 1024)} MB`,
          `${integer(entry.parsePeakKilobytes / 1024)} MB`,
          `${decimal(entry.memoryRatio)}×`,
          verdict(cliMet(entry)),
        ]),
      ),
  );

  sections.push(
    '### Bundles (minified)\n\n' +
      table(
        ['File', 'Raw', 'gzip', 'Budget'],
        results.bundles.map((bundle) => [
          bundle.file,
          `${kilobytes(bundle.bytes)} (${integer(bundle.bytes)} B)`,
          kilobytes(bundle.gzipBytes),
          `${kilobytes(bundle.budgetBytes)}: ${verdict(bundle.bytes <= bundle.budgetBytes)}`,
        ]),
      ),
  );

  sections.push(
    '### What the bundles carry (minified bytes by folder or package, largest first)\n\n' +
      table(
        ['Bundle', 'Largest parts'],
        results.bundleInputs.bundles.map((bundle) => [bundle.file, bundle.largestGroups.map((group) => `${group.group} ${kilobytes(group.bytes)}`).join(', ')]),
      ) +
      `\n\nIn both bundles: ${kilobytes(results.bundleInputs.shared.codeBytes)} of dist/code.js and ${kilobytes(results.bundleInputs.shared.uiBytes)} of dist/ui.html (` +
      results.bundleInputs.shared.groups.map((group) => `${group.group} ${kilobytes(group.codeBytes)} / ${kilobytes(group.uiBytes)}`).join(', ') +
      ').',
  );

  sections.push('### Targets\n\n' + table(['Target', 'Figure', 'Floor or ratio', 'Verdict'], listTargetRows(results)));
  return `${sections.join('\n\n')}\n`;
}

function freezeMet(entry: BenchResults['freezes'][number]): boolean {
  return entry.longestSliceMilliseconds <= FREEZE_TARGETS.sliceMilliseconds && entry.longestProgressGapMilliseconds <= FREEZE_TARGETS.progressGapMilliseconds;
}

function cliMet(entry: BenchResults['cli'][number]): boolean {
  return entry.timeRatio <= CLI_TARGETS.timeRatio && entry.memoryRatio <= CLI_TARGETS.memoryRatio;
}

/** One line per target of the performance work, each with its figure, its floor or ratio, and met or not. */
export function listTargetRows(results: BenchResults): string[][] {
  const rows: string[][] = [];
  const largest = results.boards.reduce((worst, board) => (board.notes > worst.notes ? board : worst), results.boards[0]!);
  const floor = EXPORT_FLOOR.readsPerNote * largest.reads.exportedNotes + EXPORT_FLOOR.readsPerStamp * largest.stamps;
  const allowed = floor + EXPORT_FLOOR.slackPerNote * largest.reads.exportedNotes;
  rows.push([
    `1. Export at the floor (${integer(largest.notes)}-note board)`,
    `${integer(largest.reads.total)} reads (${decimal(largest.reads.total / largest.reads.exportedNotes)} per note); peer ÷ ours ${decimal(largest.reads.peerRatio)}×`,
    `floor ${integer(floor)}, allowed ${integer(allowed)} (${decimal(allowed / largest.reads.exportedNotes)} per note)`,
    verdict(largest.reads.total <= allowed),
  ]);
  for (const entry of results.imports) {
    rows.push([
      `2. Import of ${integer(entry.notes)} notes`,
      `${decimal(entry.apiCallsPerNote)} calls per note, ${entry.loadFontAsync} font loads, ${entry.commitUndo} undo step`,
      `≤ ${IMPORT_CALLS_PER_NOTE_TARGET}`,
      verdict(entry.apiCallsPerNote <= IMPORT_CALLS_PER_NOTE_TARGET && entry.commitUndo === 1),
    ]);
  }
  for (const { notes, duplicate } of results.boards) {
    rows.push([
      `2. Duplicate of the ${integer(notes)}-note board`,
      duplicate.notesCopied === 0 ? duplicate.answer.slice(0, 80) : `${decimal(duplicate.apiCallsPerNote)} calls per note (${decimal(duplicate.readsPerNote)} of them reads)`,
      `≤ ${IMPORT_CALLS_PER_NOTE_TARGET}`,
      duplicate.notesCopied === 0 ? 'NOT met (refused)' : verdict(duplicate.apiCallsPerNote <= IMPORT_CALLS_PER_NOTE_TARGET && duplicate.commitUndo === 1),
    ]);
  }
  for (const entry of results.freezes) {
    rows.push([
      `3. ${entry.request}, ${entry.board}`,
      `longest slice ${decimal(entry.longestSliceMilliseconds, 0)} ms, longest progress gap ${decimal(entry.longestProgressGapMilliseconds, 0)} ms`,
      `≤ ${FREEZE_TARGETS.sliceMilliseconds} ms, ≤ ${FREEZE_TARGETS.progressGapMilliseconds} ms`,
      verdict(freezeMet(entry)),
    ]);
  }
  const formatReads = results.boards.reduce((sum, board) => sum + board.formatSwitch.reads + board.formatSwitch.writes, 0);
  rows.push(['4. Read once: format-journey after the board was read', `${integer(formatReads)} reads and writes`, '0', verdict(formatReads === 0)]);
  for (const entry of results.cli) {
    rows.push([
      `5. Command line, ${entry.board}, ${integer(entry.stickies)} stickies`,
      `${decimal(entry.exportMilliseconds, 0)} ms, ${integer(entry.exportPeakKilobytes / 1024)} MB`,
      `${decimal(entry.timeRatio)}× time (≤ ${CLI_TARGETS.timeRatio}), ${decimal(entry.memoryRatio)}× memory (≤ ${CLI_TARGETS.memoryRatio})`,
      verdict(cliMet(entry)),
    ]);
  }
  for (const bundle of results.bundles) {
    rows.push([`6. ${bundle.file} reported`, `${kilobytes(bundle.bytes)} raw, ${kilobytes(bundle.gzipBytes)} gzip`, 'ceiling in test/budgets.test.ts', 'met (reported)']);
  }
  return rows;
}
