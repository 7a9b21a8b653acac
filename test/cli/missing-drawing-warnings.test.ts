import type { GetFileResponse } from '@figma/rest-api-spec';
import { describe, expect, it } from 'vitest';
import { runCliAsync } from '../../src/cli/run-cli-async';
import { JourneySchema } from '../../src/core/journey/journey-schema';
import { CLI_MESSAGES, USER_MESSAGES } from '../../src/core/shared/user-messages';
import { createPluginMapBoard } from '../fixtures/rest/rest-boards';
import { createMemoryIo } from './create-memory-io';

interface Node {
  id: string;
  children?: Node[];
}

/** The board with the nodes of these ids deleted, as a participant would delete them. */
function withoutNodes(board: GetFileResponse, ids: ReadonlySet<string>): GetFileResponse {
  const prune = (node: Node): Node => (node.children ? { ...node, children: node.children.filter((child) => !ids.has(child.id)).map(prune) } : node);
  return { ...board, document: prune(board.document as unknown as Node) as unknown as GetFileResponse['document'] };
}

async function exportAsync(board: GetFileResponse) {
  const { io, out } = createMemoryIo({ 'board.json': JSON.stringify(board) });
  const code = await runCliAsync(['export', 'board.json'], io);
  return { code, out };
}

describe('a board whose map lost a cell or an instruction', () => {
  it('exports with a warning for each on stderr, in the words the plugin uses', async () => {
    const board = withoutNodes(createPluginMapBoard(), new Set(['m1:cell-opportunities-awareness', 'm1:instruction-thoughts']));
    const { code, out } = await exportAsync(board);
    expect(code).toBe(0);
    expect(JourneySchema.parse(JSON.parse(out.stdout)).title).toBe('Customer journey map');
    expect(out.stderr).toBe(
      [
        // Lane by lane, top to bottom: "Thoughts" lies above "Opportunities".
        CLI_MESSAGES.mapWarning('Customer journey map', USER_MESSAGES.instructionMissingFromBoard('Thoughts')),
        CLI_MESSAGES.mapWarning('Customer journey map', USER_MESSAGES.cellMissingFromBoard('Opportunities', 'Awareness')),
        '',
      ].join('\n'),
    );
  });

  it('says nothing when the map is whole', async () => {
    const { code, out } = await exportAsync(createPluginMapBoard());
    expect(code).toBe(0);
    expect(out.stderr).toBe('');
  });
});
