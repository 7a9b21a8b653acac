import type { Board } from './board';
import { copyTransform, computeBoundingBox, isTransform } from './geometry';
import { guardMembers } from './member-guard';
import type { MemberTable } from './figma-member-names';
import { attachRecord, createNodeRecord, recordOf } from './node-record';
import type { NodeRecord } from './node-record';
import { typeMismatchError } from './errors';
import { detachFromParent } from './tree';
import type { FakeConnector } from './fake-connector';
import type { FakeContainerNode, FakeSceneNode } from './fake-node-types';

const RELAUNCH_DESCRIPTION_LIMIT = 1000;

/**
 * The base of every fake node. The constructor returns a guarded proxy (see member-guard.ts), so the object
 * plugin code holds is non-extensible and counted; state lives in a NodeRecord beside it.
 */
export abstract class FakeBaseNode {
  constructor(board: Board, type: NodeType, typeName: string, members: MemberTable, id: string = board.createId()) {
    const record = createNodeRecord(board, type, id);
    const guarded = guardMembers(this, {
      board,
      members,
      typeName,
      countOwner: () => record.id,
      memberPrefix: '',
      removedNodeId: () => (record.removed ? record.id : null),
    });
    attachRecord(guarded, record);
    board.nodesById.set(id, guarded);
    return guarded;
  }

  get id(): string {
    return recordOf(this).id;
  }

  get name(): string {
    return recordOf(this).name;
  }

  set name(value: string) {
    if (typeof value !== 'string') throw typeMismatchError('set_name', 'name', 'string', value);
    recordOf(this).name = value;
  }

  get removed(): boolean {
    return recordOf(this).removed;
  }

  getPluginData(key: string): string {
    return recordOf(this).data.get(key);
  }

  setPluginData(key: string, value: string): void {
    recordOf(this).data.set(key, value);
  }

  getPluginDataKeys(): string[] {
    return recordOf(this).data.keys();
  }

  getSharedPluginData(namespace: string, key: string): string {
    return recordOf(this).data.getShared(namespace, key);
  }

  setSharedPluginData(namespace: string, key: string, value: string): void {
    recordOf(this).data.setShared(namespace, key, value);
  }

  getSharedPluginDataKeys(namespace: string): string[] {
    return recordOf(this).data.sharedKeys(namespace);
  }
}

/** What stickies, shapes, sections, texts, connectors and stamps share. */
export abstract class FakeSceneNodeBase extends FakeBaseNode {
  get parent(): FakeContainerNode | null {
    return recordOf(this).parent as FakeContainerNode | null;
  }

  get visible(): boolean {
    return recordOf(this).visible;
  }

  set visible(value: boolean) {
    if (typeof value !== 'boolean') throw typeMismatchError('set_visible', 'visible', 'boolean', value);
    recordOf(this).visible = value;
  }

  get locked(): boolean {
    return recordOf(this).locked;
  }

  set locked(value: boolean) {
    if (typeof value !== 'boolean') throw typeMismatchError('set_locked', 'locked', 'boolean', value);
    recordOf(this).locked = value;
  }

  get x(): number {
    return recordOf(this).transform[0][2];
  }

  set x(value: number) {
    assertFiniteNumber('set_x', 'x', value);
    const record = recordOf(this);
    moveWithStuckNodes(record, () => {
      record.transform[0][2] = value;
    });
  }

  get y(): number {
    return recordOf(this).transform[1][2];
  }

  set y(value: number) {
    assertFiniteNumber('set_y', 'y', value);
    const record = recordOf(this);
    moveWithStuckNodes(record, () => {
      record.transform[1][2] = value;
    });
  }

  get width(): number {
    return recordOf(this).width;
  }

  get height(): number {
    return recordOf(this).height;
  }

  get relativeTransform(): Transform {
    return copyTransform(recordOf(this).transform);
  }

  set relativeTransform(value: Transform) {
    if (!isTransform(value)) throw typeMismatchError('set_relativeTransform', 'relativeTransform', 'Transform', value);
    const record = recordOf(this);
    moveWithStuckNodes(record, () => {
      record.transform = copyTransform(value);
    });
  }

  get absoluteTransform(): Transform {
    return computeAbsoluteTransform(recordOf(this));
  }

  get absoluteBoundingBox(): Rect | null {
    const record = recordOf(this);
    return computeBoundingBox(computeAbsoluteTransform(record), record.width, record.height);
  }

  get stuckNodes(): FakeSceneNode[] {
    const self = this as unknown as FakeSceneNode;
    const stuck: FakeSceneNode[] = [];
    for (const node of recordOf(this).board.stuckNodesByHost.get(recordOf(this)) ?? []) {
      const record = recordOf(node);
      if (!record.removed && record.stuckTo === self) stuck.push(node as FakeSceneNode);
    }
    return stuck;
  }

  get attachedConnectors(): FakeConnector[] {
    return [...recordOf(this).connectors].filter((connector) => !recordOf(connector).removed) as FakeConnector[];
  }

  setRelaunchData(data: { [command: string]: string }): void {
    for (const description of Object.values(data)) {
      if (typeof description !== 'string' || description.length > RELAUNCH_DESCRIPTION_LIMIT) {
        throw new Error('in setRelaunchData: Relaunch data descriptions must be strings of at most 1000 characters');
      }
    }
    recordOf(this).relaunchData = { ...data };
  }

  getRelaunchData(): { [command: string]: string } {
    return { ...recordOf(this).relaunchData };
  }

  remove(): void {
    removeNode(recordOf(this));
  }
}

export function assertFiniteNumber(accessor: string, property: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw typeMismatchError(accessor, property, 'number', value);
}

/** x/y are relative to the container parent; pages are the origin. Groups are not modelled, so every parent is a container. */
export function computeAbsoluteTransform(record: NodeRecord): Transform {
  let transform = copyTransform(record.transform);
  for (let parent = record.parent; parent; parent = recordOf(parent).parent) {
    const parentRecord = recordOf(parent);
    if (parentRecord.type === 'PAGE' || parentRecord.type === 'DOCUMENT') break;
    const [[a, b, tx], [c, d, ty]] = parentRecord.transform;
    const [[a2, b2, x2], [c2, d2, y2]] = transform;
    transform = [
      [a * a2 + b * c2, a * b2 + b * d2, a * x2 + b * y2 + tx],
      [c * a2 + d * c2, c * b2 + d * d2, c * x2 + d * y2 + ty],
    ];
  }
  return transform;
}

function stuckNodesOf(host: NodeRecord): NodeRecord[] {
  const stuck: NodeRecord[] = [];
  for (const node of host.board.stuckNodesByHost.get(host) ?? []) {
    const record = recordOf(node);
    if (!record.removed && record.stuckTo && recordOf(record.stuckTo) === host) stuck.push(record);
  }
  return stuck;
}

/**
 * "If the stickable host moves all nodes that are in stuckNodes move along with it"
 * (https://developers.figma.com/docs/plugins/api/properties/nodes-stucknodes): a change of the host's own
 * position (x, y, relativeTransform, a new parent) moves its stamps by the same page distance.
 */
export function moveWithStuckNodes(host: NodeRecord, move: () => void, byPerson = false): void {
  const stuck = byPerson || host.board.unverified.stampsFollowPluginMove ? stuckNodesOf(host) : [];
  if (stuck.length === 0) {
    move();
    return;
  }
  const before = computeAbsoluteTransform(host);
  move();
  const after = computeAbsoluteTransform(host);
  const dx = after[0][2] - before[0][2];
  const dy = after[1][2] - before[1][2];
  for (const record of stuck) {
    record.transform[0][2] += dx;
    record.transform[1][2] += dy;
  }
}

function markRemoved(record: NodeRecord): void {
  record.removed = true;
  for (const child of record.children ?? []) markRemoved(recordOf(child));
  for (const node of record.board.nodesById.values()) {
    const other = recordOf(node);
    if (other.stuckTo && recordOf(other.stuckTo) === record) other.stuckTo = null;
  }
}

export function removeNode(record: NodeRecord): void {
  detachFromParent(record);
  markRemoved(record);
  for (const listener of record.board.removalListeners) listener();
}
