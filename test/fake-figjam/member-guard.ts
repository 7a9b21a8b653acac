import type { Board } from './board';
import { noSetterError, notExtensibleError, notModelledError, removedNodeError } from './errors';
import type { MemberKind, MemberTable } from './figma-member-names';

export interface GuardTarget {
  board: Board;
  members: MemberTable;
  /** For messages: "StickyNode", "TextSublayerNode", "figma". */
  typeName: string;
  /** Where reads are counted: the node id (a sublayer counts on its node), "figma", "figma.ui" ... */
  countOwner(): string;
  /** Prefix for counted member names, e.g. "text." for a sublayer. */
  memberPrefix: string;
  /** The id of the node whose removal makes this object unusable, or null. */
  removedNodeId(): string | null;
  /** Names that read as missing (the FigJam-only creators in Figma Design). */
  hidden?: ReadonlySet<string>;
  /** Figma's global object throws on names it does not have; nodes read them as undefined [unverified]. */
  onUnknownRead?: (member: string) => never;
}

const modelledNamesByPrototype = new WeakMap<object, Map<string, PropertyDescriptor>>();

/** The methods that change the board, for failure injection (writes to properties always do). */
const CHANGING_METHODS: ReadonlySet<string> = new Set([
  'appendChild',
  'insertChild',
  'remove',
  'resize',
  'resizeWithoutConstraints',
  'rescale',
  'setPluginData',
  'setSharedPluginData',
  'setRelaunchData',
  'createSticky',
  'createShapeWithText',
  'createSection',
  'createText',
  'createConnector',
  'clone',
]);

function modelledMembers(target: object): Map<string, PropertyDescriptor> {
  const prototype = Object.getPrototypeOf(target) as object;
  let names = modelledNamesByPrototype.get(prototype);
  if (names) return names;
  names = new Map();
  for (let current: object | null = prototype; current && current !== Object.prototype; current = Object.getPrototypeOf(current) as object | null) {
    for (const name of Object.getOwnPropertyNames(current)) {
      const descriptor = Object.getOwnPropertyDescriptor(current, name);
      if (name !== 'constructor' && descriptor && !names.has(name)) names.set(name, descriptor);
    }
  }
  modelledNamesByPrototype.set(prototype, names);
  return names;
}

/**
 * Wraps a fake object so that it behaves like Figma's host objects: only the members Figma has exist, members
 * the fake does not model throw, read-only members have no setter, new properties cannot be added, a removed
 * node throws, and every read, call and write is counted.
 */
export function guardMembers<T extends object>(target: T, guard: GuardTarget): T {
  Object.preventExtensions(target);
  const kindOf = (member: string): MemberKind | undefined =>
    guard.hidden?.has(member) || !Object.hasOwn(guard.members, member) ? undefined : guard.members[member];
  const check = (member: string, accessor: string): void => {
    guard.board.assertOpen();
    const removedId = guard.removedNodeId();
    if (removedId !== null && member !== 'removed') throw removedNodeError(accessor, removedId);
  };
  return new Proxy(target, {
    get(object, key, receiver) {
      if (typeof key === 'symbol') return Reflect.get(object, key, receiver) as unknown;
      const kind = kindOf(key);
      if (kind === undefined) return guard.onUnknownRead ? guard.onUnknownRead(key) : undefined;
      const descriptor = modelledMembers(object).get(key);
      check(key, kind === 'method' ? key : `get_${key}`);
      if (!descriptor) throw notModelledError(guard.typeName, key);
      guard.board.counter.record(guard.countOwner(), guard.memberPrefix + key, kind === 'method' ? 'call' : 'read');
      if (kind === 'method' && CHANGING_METHODS.has(key)) guard.board.recordChange(guard.memberPrefix + key);
      return Reflect.get(object, key, receiver) as unknown;
    },
    set(object, key, value, receiver) {
      if (typeof key === 'symbol') throw notExtensibleError(String(key));
      const kind = kindOf(key);
      if (kind === undefined) throw notExtensibleError(key);
      check(key, `set_${key}`);
      if (kind === 'readonly') throw noSetterError();
      if (kind === 'method') throw new TypeError(`Cannot assign to read only property '${key}'`);
      const descriptor = modelledMembers(object).get(key);
      if (!descriptor?.set) throw notModelledError(guard.typeName, key);
      guard.board.counter.record(guard.countOwner(), guard.memberPrefix + key, 'write');
      guard.board.recordChange(guard.memberPrefix + key);
      return Reflect.set(object, key, value, receiver);
    },
    defineProperty(_object, key) {
      throw notExtensibleError(String(key));
    },
    deleteProperty(_object, key) {
      throw new TypeError(`Cannot delete property '${String(key)}'`);
    },
    has(_object, key) {
      return typeof key === 'string' && kindOf(key) !== undefined;
    },
    ownKeys() {
      return [];
    },
  });
}
