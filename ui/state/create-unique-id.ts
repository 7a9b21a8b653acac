const MAX_ID_LENGTH = 40;

/** `base`, or `base-2`, `base-3`… when taken; cut so the id stays within the spec's 40 characters. */
export function createUniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let counter = 2; ; counter++) {
    const suffix = `-${counter}`;
    const candidate = `${base.slice(0, MAX_ID_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
