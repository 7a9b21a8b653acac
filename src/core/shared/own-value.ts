/**
 * `record[key]` when the record holds the key itself, else undefined: lane ids and stamp names are data, and a
 * plain lookup of `constructor` or `toString` in an object without that lane would read Object's function.
 */
export function ownValue<Value>(record: Readonly<Record<string, Value>>, key: string): Value | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
