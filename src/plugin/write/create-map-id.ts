/** Short, unique enough within a file, and safe as plugin data: "jl-" then time and randomness in base 36. */
export function createMapId(now: number = Date.now(), random: () => number = Math.random): string {
  const suffix = Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `jl-${now.toString(36)}${suffix}`;
}
