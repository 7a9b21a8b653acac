import type { Board } from './board';
import { CLIENT_STORAGE_MEMBERS } from './figma-member-names';
import { guardMembers } from './member-guard';

/** 5 MB per plugin per user [https://developers.figma.com/docs/plugins/api/figma-clientStorage; Update 109]. */
export const CLIENT_STORAGE_QUOTA = 5 * 1024 * 1024;

const stores = new WeakMap<object, Map<string, unknown>>();

function storeOf(storage: object): Map<string, unknown> {
  const store = stores.get(storage);
  if (!store) throw new Error('Expected figma.clientStorage of this fake FigJam');
  return store;
}

/** The size of a stored value, approximated by its JSON length (binary arrays by their byte length). */
export function estimateStoredSize(key: string, value: unknown): number {
  if (value instanceof Uint8Array) return key.length + value.byteLength;
  return key.length + (JSON.stringify(value) ?? '').length;
}

/** Values are structured clones, so what comes back is a copy; a missing key reads as undefined. */
export class FakeClientStorage implements ClientStorageAPI {
  constructor(board: Board, store: Map<string, unknown>) {
    const guarded = guardMembers(this, {
      board,
      members: CLIENT_STORAGE_MEMBERS,
      typeName: 'figma.clientStorage',
      countOwner: () => 'figma.clientStorage',
      memberPrefix: '',
      removedNodeId: () => null,
    });
    stores.set(guarded, store);
    return guarded;
  }

  async getAsync(key: string): Promise<unknown> {
    const store = storeOf(this);
    return store.has(key) ? structuredClone(store.get(key)) : undefined;
  }

  async setAsync(key: string, value: unknown): Promise<void> {
    if (typeof key !== 'string') throw new Error('in setAsync: Expected "key" to have type string');
    const store = storeOf(this);
    const copy = structuredClone(value);
    let used = estimateStoredSize(key, copy);
    for (const [otherKey, otherValue] of store) if (otherKey !== key) used += estimateStoredSize(otherKey, otherValue);
    if (used > CLIENT_STORAGE_QUOTA) throw new Error('in setAsync: clientStorage quota of 5 MB exceeded');
    store.set(key, copy);
  }

  async deleteAsync(key: string): Promise<void> {
    storeOf(this).delete(key);
  }

  async keysAsync(): Promise<string[]> {
    return [...storeOf(this).keys()];
  }
}
