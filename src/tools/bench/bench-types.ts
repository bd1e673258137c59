import type { CatalogueIndex } from '../../domain/catalogue';
import type { Brain } from '../../answers/ask';
import type { RunningServer } from '../../server';

/** One figure of the bench: a label (also its key in bench-results.json), its value and, where there is one, its aim. */
export interface Figure {
  readonly label: string;
  readonly value: number | string;
  /** What the figure should be, e.g. `≥ 200000`; absent: no aim (printed as `—`). */
  readonly aim?: string;
}

/** What every section shares: a temporary folder, the catalogue, the sample store and its brain, the servers. */
export interface BenchContext {
  /** A temporary folder, removed when the bench ends. */
  readonly dir: string;
  readonly catalogue: CatalogueIndex;
  /** The sample store (SQLite file in `dir`). */
  readonly db: string;
  readonly brain: Brain;
  /** `PERFBOT_BENCH_QUICK=1`: shorter runs, to try the bench quickly. */
  readonly quick: boolean;
  /** A PostgreSQL server to measure on too (DATABASE_URL when the bench starts); absent: skipped. */
  readonly postgresUrl?: string;
  /** The server answering with the real bot, started on first use and closed when the bench ends. */
  answerServer(): Promise<RunningServer>;
  /** The same server stack with an echo turn handler (the baseline), started on first use. */
  echoServer(): Promise<RunningServer>;
}

/** One part of the bench. Sections run in order and add their figures to the table. */
export interface BenchSection {
  readonly name: string;
  run(ctx: BenchContext): Promise<readonly Figure[]>;
}
