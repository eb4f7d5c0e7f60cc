/**
 * What a search derived from an index, kept under the stamp of the index it was derived at (see IndexChangeWatch),
 * least recently used dropped first. The age limit bounds how long a missed notification could leave it stale.
 */
export class KeptUntilChanged<T> {
  /** Least recently used first. */
  private readonly entries = new Map<string, { stamp: string; at: number; value: T }>();

  constructor(
    private readonly capacity: number,
    private readonly maxAgeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string, stamp: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.stamp !== stamp || this.now() - entry.at > this.maxAgeMs) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  set(key: string, stamp: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, { stamp, at: this.now(), value });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
