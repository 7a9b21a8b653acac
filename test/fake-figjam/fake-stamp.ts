import type { FigJamStamp } from '../../src/plugin/platform/figjam-api';
import type { Board } from './board';
import { STAMP_MEMBERS } from './figma-member-names';
import { FakeSceneNodeBase } from './fake-node';
import { copyRecordInto, placeClone, registerCopier } from './clone-node';
import type { FakeSceneNode } from './fake-node-types';
import { recordOf } from './node-record';
import { parseOpacity } from './opacity';

/**
 * Stamps exist only because people put them on the board: there is no createStamp [T: StampNode], so tests add
 * them through the board handle. Their `name` is what the vote-tally sample groups by ("Profile" for avatar stamps).
 */
export class FakeStamp extends FakeSceneNodeBase implements FigJamStamp {
  #opacity = 1;

  constructor(board: Board, name: string) {
    super(board, 'STAMP', 'StampNode', STAMP_MEMBERS);
    const record = recordOf(this);
    record.name = name;
    record.width = board.unverified.stampSize;
    record.height = board.unverified.stampSize;
    registerCopier(this, () => this.#copy());
  }

  /** [T: StampNode.clone]. The copy is stuck to nothing: whether it sticks to the original's host is [unverified]. */
  clone(): FakeStamp {
    return placeClone(this, this.#copy());
  }

  #copy(): FakeStamp {
    const copy = new FakeStamp(recordOf(this).board, recordOf(this).name);
    copyRecordInto(this, copy);
    copy.#opacity = this.#opacity;
    return copy;
  }

  get type(): 'STAMP' {
    return 'STAMP';
  }

  get stuckTo(): FakeSceneNode | null {
    const target = recordOf(this).stuckTo;
    return target && !recordOf(target).removed ? (target as FakeSceneNode) : null;
  }

  get opacity(): number {
    return this.#opacity;
  }

  set opacity(value: number) {
    this.#opacity = parseOpacity(value);
  }
}
