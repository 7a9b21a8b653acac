import type { BenchResults } from './run-bench';

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

  const worstReads = Math.max(...results.boards.map((board) => board.reads.perExportedNote));
  const worstPeer = Math.min(...results.boards.map((board) => board.reads.peerRatio));
  const worstPlacement = Math.max(...results.boards.map((board) => board.placement.ratio));
  const templatesMet = results.templates.every(
    (template) => template.loadFontAsync === TARGETS.fontLoadsPerTemplate && template.commitUndo === TARGETS.undoStepsPerTemplate,
  );
  sections.push(
    '### Targets\n\n' +
      table(
        ['Target', 'Measured (worst board)', 'Verdict'],
        [
          [`≤ ${TARGETS.readsPerNote} reads per exported note`, decimal(worstReads), verdict(worstReads <= TARGETS.readsPerNote)],
          [`peer-style export ≥ ${TARGETS.peerRatio}× our reads`, `${decimal(worstPeer)}×`, verdict(worstPeer >= TARGETS.peerRatio)],
          [`placement ≤ ${TARGETS.placementRatio}× the floor`, `${decimal(worstPlacement, 0)}×`, verdict(worstPlacement <= TARGETS.placementRatio)],
          [
            `${TARGETS.fontLoadsPerTemplate} font loads and ${TARGETS.undoStepsPerTemplate} undo step per template`,
            results.templates.map((template) => `${template.loadFontAsync} / ${template.commitUndo}`).join(', '),
            verdict(templatesMet),
          ],
          ...results.bundles.map((bundle) => [
            `${bundle.file} ≤ ${kilobytes(bundle.budgetBytes)}`,
            kilobytes(bundle.bytes),
            verdict(bundle.bytes <= bundle.budgetBytes),
          ]),
        ],
      ),
  );
  return `${sections.join('\n\n')}\n`;
}
