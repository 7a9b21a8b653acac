import type { Board } from './board';
import type { FigJamTextSublayer } from '../../src/plugin/platform/figjam-api';
import { TEXT_SUBLAYER_MEMBERS } from './figma-member-names';
import { guardMembers } from './member-guard';
import type { NodeRecord } from './node-record';
import { TextState } from './text-state';

/** `sticky.text` and friends: a guarded object whose reads count on the owning node as "text.<member>". */
interface SublayerState {
  text: TextState;
  onLayoutChange: () => void;
}

const states = new WeakMap<object, SublayerState>();

function stateOf(sublayer: object): SublayerState {
  const state = states.get(sublayer);
  if (!state) throw new Error('Expected a text sublayer of this fake FigJam');
  return state;
}

export class FakeTextSublayer implements FigJamTextSublayer {
  constructor(board: Board, owner: NodeRecord, fontName: FontName, fontSize: number, onLayoutChange: () => void, fills?: ReadonlyArray<Paint>) {
    const guarded = guardMembers(this, {
      board,
      members: TEXT_SUBLAYER_MEMBERS,
      typeName: 'TextSublayerNode',
      countOwner: () => owner.id,
      memberPrefix: 'text.',
      removedNodeId: () => (owner.removed ? owner.id : null),
    });
    states.set(guarded, { text: new TextState(board, fontName, fontSize, fills), onLayoutChange });
    return guarded;
  }

  get characters(): string {
    return stateOf(this).text.characters;
  }

  set characters(value: string) {
    stateOf(this).text.setCharacters(value);
    stateOf(this).onLayoutChange();
  }

  get fontName(): FontName | PluginAPI['mixed'] {
    return stateOf(this).text.readFontName();
  }

  set fontName(value: FontName | PluginAPI['mixed']) {
    stateOf(this).text.setFontName(value);
    stateOf(this).onLayoutChange();
  }

  get fontSize(): number | PluginAPI['mixed'] {
    return stateOf(this).text.fontSize;
  }

  set fontSize(value: number | PluginAPI['mixed']) {
    stateOf(this).text.setFontSize(value);
    stateOf(this).onLayoutChange();
  }

  get fills(): ReadonlyArray<Paint> | PluginAPI['mixed'] {
    return stateOf(this).text.fills;
  }

  set fills(value: ReadonlyArray<Paint> | PluginAPI['mixed']) {
    stateOf(this).text.setFills(value);
  }

  get hasMissingFont(): boolean {
    return stateOf(this).text.hasMissingFont();
  }
}

export function readSublayerText(sublayer: FakeTextSublayer): TextState {
  return stateOf(sublayer).text;
}
