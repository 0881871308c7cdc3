// The ordering window: results finish in any order and leave in input order; the caller keeps the window bounded.
export class ReorderBuffer<T> {
  private readonly waiting = new Map<number, T>();
  private nextIndex: number;

  constructor(start = 0) {
    this.nextIndex = start;
  }

  /** Index of the next result to leave: everything before it has left. */
  get next(): number {
    return this.nextIndex;
  }

  /** Results held back, waiting for an earlier one. */
  get size(): number {
    return this.waiting.size;
  }

  /** Add the result of input `index` (each index once). */
  put(index: number, value: T): void {
    if (index < this.nextIndex || this.waiting.has(index)) throw new Error(`result ${index} given twice`);
    this.waiting.set(index, value);
  }

  /** The results that can leave now, in order: the run starting at `next` with no gap. */
  *drain(): Generator<T> {
    for (let value = this.waiting.get(this.nextIndex); this.waiting.has(this.nextIndex); value = this.waiting.get(this.nextIndex)) {
      this.waiting.delete(this.nextIndex);
      this.nextIndex++;
      yield value as T;
    }
  }

  /** Everything still held, in index order, gaps skipped (used when a run is cut short). */
  *rest(): Generator<T> {
    const indexes = [...this.waiting.keys()].sort((a, b) => a - b);
    for (const index of indexes) {
      const value = this.waiting.get(index) as T;
      this.waiting.delete(index);
      yield value;
    }
  }
}
