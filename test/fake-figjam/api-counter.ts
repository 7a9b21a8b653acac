export type AccessKind = 'read' | 'call' | 'write';

export interface ApiCountSnapshot {
  /** Reads + calls + writes: every crossing into Figma's engine. */
  total: number;
  reads: number;
  calls: number;
  writes: number;
  /** By member name, all nodes and the `figma` object together. */
  byMember: Record<string, number>;
  /** Writes only, by member name: what a change rewrote, whatever it read. */
  writesByMember: Record<string, number>;
  /** By node id (the `figma` object is `figma`, `figma.ui` is `figma.ui` ...), then by member name. */
  byNode: Record<string, Record<string, number>>;
}

/**
 * Figma's cost model: every property read and method call crosses from the sandbox into the engine, so the fake
 * counts them (a read of `children` counts once, however many nodes it returns).
 */
export class ApiCounter {
  private counts = createEmptyCounts();

  record(owner: string, member: string, kind: AccessKind): void {
    const counts = this.counts;
    counts.total += 1;
    if (kind === 'read') counts.reads += 1;
    else if (kind === 'call') counts.calls += 1;
    else {
      counts.writes += 1;
      counts.writesByMember[member] = (counts.writesByMember[member] ?? 0) + 1;
    }
    counts.byMember[member] = (counts.byMember[member] ?? 0) + 1;
    const forOwner = (counts.byNode[owner] ??= {});
    forOwner[member] = (forOwner[member] ?? 0) + 1;
  }

  snapshot(): ApiCountSnapshot {
    return structuredClone(this.counts);
  }

  /** Every crossing so far, without copying the counts: cheap enough to read on each crossing (a test's clock). */
  total(): number {
    return this.counts.total;
  }

  /** Total crossings on one node id. */
  totalFor(owner: string): number {
    const forOwner = this.counts.byNode[owner];
    return forOwner ? Object.values(forOwner).reduce((sum, count) => sum + count, 0) : 0;
  }

  reset(): void {
    this.counts = createEmptyCounts();
  }
}

function createEmptyCounts(): ApiCountSnapshot {
  return { total: 0, reads: 0, calls: 0, writes: 0, byMember: {}, writesByMember: {}, byNode: {} };
}
