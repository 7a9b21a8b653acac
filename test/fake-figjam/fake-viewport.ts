import type { FigJamViewport } from '../../src/plugin/platform/figjam-api';
import type { Board } from './board';
import { typeMismatchError } from './errors';
import { VIEWPORT_MEMBERS } from './figma-member-names';
import { computeAbsoluteTransform } from './fake-node';
import { computeBoundingBox } from './geometry';
import { guardMembers } from './member-guard';
import { isFakeNode, recordOf } from './node-record';

/** The canvas area on screen the fake pretends to have [unverified; any size would do]. */
export const SCREEN_SIZE = { width: 1440, height: 900 };

export interface ViewportState {
  center: Vector;
  zoom: number;
  /** Node ids passed to each scrollAndZoomIntoView call. */
  scrolledTo: string[][];
}

const states = new WeakMap<object, ViewportState>();

function stateOf(viewport: object): ViewportState {
  const state = states.get(viewport);
  if (!state) throw new Error('Expected figma.viewport of this fake FigJam');
  return state;
}

export class FakeViewport implements FigJamViewport {
  constructor(board: Board, state: ViewportState) {
    const guarded = guardMembers(this, {
      board,
      members: VIEWPORT_MEMBERS,
      typeName: 'figma.viewport',
      countOwner: () => 'figma.viewport',
      memberPrefix: '',
      removedNodeId: () => null,
    });
    states.set(guarded, state);
    return guarded;
  }

  get center(): Vector {
    return { ...stateOf(this).center };
  }

  set center(value: Vector) {
    if (typeof value?.x !== 'number' || typeof value.y !== 'number') throw typeMismatchError('set_center', 'center', 'Vector', value);
    stateOf(this).center = { x: value.x, y: value.y };
  }

  get zoom(): number {
    return stateOf(this).zoom;
  }

  set zoom(value: number) {
    if (typeof value !== 'number' || !(value > 0)) throw typeMismatchError('set_zoom', 'zoom', 'positive number', value);
    stateOf(this).zoom = value;
  }

  get bounds(): Rect {
    const { center, zoom } = stateOf(this);
    const width = SCREEN_SIZE.width / zoom;
    const height = SCREEN_SIZE.height / zoom;
    return { x: center.x - width / 2, y: center.y - height / 2, width, height };
  }

  scrollAndZoomIntoView(nodes: ReadonlyArray<unknown>): void {
    const state = stateOf(this);
    const boxes: Rect[] = [];
    for (const node of nodes) {
      if (!isFakeNode(node)) throw typeMismatchError('scrollAndZoomIntoView', 'nodes', 'BaseNode[]', node);
      const record = recordOf(node);
      if (record.type !== 'PAGE' && record.type !== 'DOCUMENT') boxes.push(computeBoundingBox(computeAbsoluteTransform(record), record.width, record.height));
    }
    state.scrolledTo.push(nodes.map((node) => recordOf(node).id));
    if (boxes.length === 0) return;
    const left = Math.min(...boxes.map((box) => box.x));
    const top = Math.min(...boxes.map((box) => box.y));
    const right = Math.max(...boxes.map((box) => box.x + box.width));
    const bottom = Math.max(...boxes.map((box) => box.y + box.height));
    state.center = { x: (left + right) / 2, y: (top + bottom) / 2 };
    state.zoom = Math.min(SCREEN_SIZE.width / Math.max(right - left, 1), SCREEN_SIZE.height / Math.max(bottom - top, 1));
  }
}
