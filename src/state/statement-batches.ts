interface Waiting<I, O> {
  readonly item: I;
  readonly resolve: (out: O) => void;
  readonly reject: (err: unknown) => void;
}

/**
 * Calls put together while one is running: one SQLite connection runs one statement at a time, so
 * under load a turn would wait for every statement queued before its own. The first call runs at
 * once; the calls that come while it runs go in the next statement together (at most `max`, a
 * key at most once, so that two writes of one row are two statements in the order asked).
 */
export class StatementBatches<I, O> {
  private waiting: Waiting<I, O>[] = [];
  private running = false;

  constructor(
    private readonly run: (items: readonly I[]) => Promise<readonly O[]>,
    private readonly keyOf: (item: I) => string,
    private readonly max: number,
  ) {}

  /** The outcome of `item`, from the statement it went in. */
  add(item: I): Promise<O> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private next(): Waiting<I, O>[] {
    const batch: Waiting<I, O>[] = [];
    const rest: Waiting<I, O>[] = [];
    const keys = new Set<string>();
    for (const w of this.waiting) {
      const key = this.keyOf(w.item);
      if (batch.length < this.max && !keys.has(key)) {
        keys.add(key);
        batch.push(w);
      } else rest.push(w);
    }
    this.waiting = rest;
    return batch;
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.waiting.length > 0) {
      const batch = this.next();
      try {
        const out = await this.run(batch.map((w) => w.item));
        batch.forEach((w, i) => w.resolve(out[i] as O));
      } catch (err) {
        for (const w of batch) w.reject(err);
      }
    }
    this.running = false;
  }
}
