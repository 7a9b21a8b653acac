import { typeMismatchError } from './errors';

/** 100 kB per entry (plugin id + key + value) [T: PluginDataMixin.setPluginData; Version 1 Update 109]. */
export const PLUGIN_DATA_ENTRY_LIMIT = 100 * 1024;
const SHARED_NAMESPACE_PATTERN = /^[A-Za-z0-9]{3,}$/;

export class PluginDataStore {
  private readonly own = new Map<string, string>();
  private readonly shared = new Map<string, Map<string, string>>();

  constructor(private readonly pluginId: string) {}

  get(key: string): string {
    assertString('getPluginData', 'key', key);
    return this.own.get(key) ?? '';
  }

  set(key: string, value: string): void {
    assertString('setPluginData', 'key', key);
    assertString('setPluginData', 'value', value);
    assertEntrySize('setPluginData', this.pluginId + key + value);
    if (value === '') this.own.delete(key);
    else this.own.set(key, value);
  }

  keys(): string[] {
    return [...this.own.keys()];
  }

  getShared(namespace: string, key: string): string {
    assertNamespace('getSharedPluginData', namespace);
    assertString('getSharedPluginData', 'key', key);
    return this.shared.get(namespace)?.get(key) ?? '';
  }

  setShared(namespace: string, key: string, value: string): void {
    assertNamespace('setSharedPluginData', namespace);
    assertString('setSharedPluginData', 'key', key);
    assertString('setSharedPluginData', 'value', value);
    assertEntrySize('setSharedPluginData', namespace + key + value);
    const entries = this.shared.get(namespace) ?? new Map<string, string>();
    if (value === '') entries.delete(key);
    else entries.set(key, value);
    if (entries.size > 0) this.shared.set(namespace, entries);
    else this.shared.delete(namespace);
  }

  sharedKeys(namespace: string): string[] {
    assertNamespace('getSharedPluginDataKeys', namespace);
    return [...(this.shared.get(namespace)?.keys() ?? [])];
  }

  hasAnyOwn(keys: readonly string[] | undefined): boolean {
    return keys === undefined ? this.own.size > 0 : keys.some((key) => this.own.has(key));
  }

  hasAnyShared(namespace: string, keys: readonly string[] | undefined): boolean {
    const entries = this.shared.get(namespace);
    if (!entries) return false;
    return keys === undefined ? entries.size > 0 : keys.some((key) => entries.has(key));
  }

  copyFrom(other: PluginDataStore): void {
    for (const [key, value] of other.own) this.own.set(key, value);
    for (const [namespace, entries] of other.shared) this.shared.set(namespace, new Map(entries));
  }

  toPlain(): { pluginData: Record<string, string>; sharedPluginData: Record<string, Record<string, string>> } {
    const sharedPluginData: Record<string, Record<string, string>> = {};
    for (const [namespace, entries] of this.shared) sharedPluginData[namespace] = Object.fromEntries(entries);
    return { pluginData: Object.fromEntries(this.own), sharedPluginData };
  }
}

function assertString(accessor: string, property: string, value: unknown): void {
  if (typeof value !== 'string') throw typeMismatchError(accessor, property, 'string', value);
}

function assertNamespace(accessor: string, namespace: unknown): void {
  assertString(accessor, 'namespace', namespace);
  if (!SHARED_NAMESPACE_PATTERN.test(namespace as string)) {
    throw new Error(`in ${accessor}: Namespace must be at least 3 alphanumeric characters, got "${String(namespace)}"`);
  }
}

function assertEntrySize(accessor: string, entry: string): void {
  const bytes = new TextEncoder().encode(entry).length;
  if (bytes > PLUGIN_DATA_ENTRY_LIMIT) {
    throw new Error(`in ${accessor}: Total entry size cannot exceed 100 kB (got ${bytes} bytes)`);
  }
}
