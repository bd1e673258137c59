import { Cron } from 'croner';

export interface PushSchedule {
  /** When the next push is due. */
  next(): Date | null;
  stop(): void;
}

/**
 * Runs the monthly push on a cron expression in a time zone (default 07:00 on the 5th, Europe/London).
 * A run that overlaps the one before is skipped; errors are reported, never thrown into the timer.
 */
export function schedulePush(expression: string, timezone: string, run: () => Promise<void>, onError: (err: unknown) => void): PushSchedule {
  const job = new Cron(expression, { timezone, protect: true, catch: onError }, async () => {
    try {
      await run();
    } catch (err) {
      onError(err);
    }
  });
  return { next: () => job.nextRun(), stop: () => job.stop() };
}

/** Whether an expression is one croner accepts (checked once, at start). */
export function validCron(expression: string, timezone: string): string | undefined {
  try {
    new Cron(expression, { timezone, paused: true }).stop();
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}
