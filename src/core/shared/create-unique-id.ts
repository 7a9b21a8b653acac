/**
 * `base`, or `base-2`, `base-3`… when taken. With `maxLength` (spec ids: 40), the base is cut so the suffixed id
 * still fits. Ids are written into plugin data, object keys of the export and the spec, so two things never share
 * one: a copy is told apart by its suffix, not merged or dropped.
 */
export function createUniqueId(base: string, taken: ReadonlySet<string>, maxLength = Number.POSITIVE_INFINITY): string {
  if (!taken.has(base)) return base;
  for (let counter = 2; ; counter++) {
    const suffix = `-${counter}`;
    const candidate = `${base.slice(0, maxLength - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
