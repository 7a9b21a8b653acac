import type { FigJamDocument } from '../../src/plugin/platform/figjam-api';
import type { Board } from './board';
import { appendChildTo, insertChildInto } from './children-methods';
import { DOCUMENT_MEMBERS } from './figma-member-names';
import { FakeBaseNode } from './fake-node';
import type { FakePage } from './fake-page';
import { recordOf } from './node-record';

export class FakeDocument extends FakeBaseNode implements FigJamDocument {
  constructor(board: Board) {
    super(board, 'DOCUMENT', 'DocumentNode', DOCUMENT_MEMBERS, '0:0');
    const record = recordOf(this);
    record.children = [];
    record.name = 'Untitled';
  }

  get type(): 'DOCUMENT' {
    return 'DOCUMENT';
  }

  get parent(): null {
    return null;
  }

  get children(): ReadonlyArray<FakePage> {
    return Object.freeze([...(recordOf(this).children ?? [])]) as ReadonlyArray<FakePage>;
  }

  appendChild(child: FakePage): void {
    appendChildTo(this, child);
  }

  insertChild(index: number, child: FakePage): void {
    insertChildInto(this, index, child);
  }
}
