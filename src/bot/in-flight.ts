/**
 * Turns still running. A turn goes on after its client has gone (the connection closed, the
 * answer no longer wanted): a shutdown waits for them before it closes the stores they write to,
 * so that no turn writes its state or audit line to a closed database.
 */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();

  /** Runs `work`, counted until it has settled. */
  track<T>(work: () => Promise<T>): Promise<T> {
    const p = work();
    this.running.add(p);
    const done = (): void => void this.running.delete(p);
    p.then(done, done);
    return p;
  }

  /** Resolves when every turn running now, and any started meanwhile, has settled. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
