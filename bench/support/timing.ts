/** Latency figures of a series of samples, in milliseconds rounded to 0.1. */
export type LatencySummary = { samples: number; p50Ms: number; p95Ms: number; p99Ms: number; maxMs: number };

const tenth = (ms: number): number => Math.round(ms * 10) / 10;

/** The nearest-rank percentile of ascending `sorted` (share 0.95 = p95). */
export function percentile(sorted: readonly number[], share: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function summarizeLatencies(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    p50Ms: tenth(percentile(sorted, 0.5)),
    p95Ms: tenth(percentile(sorted, 0.95)),
    p99Ms: tenth(percentile(sorted, 0.99)),
    maxMs: tenth(sorted.at(-1) ?? Number.NaN),
  };
}

/**
 * Times `run` `rounds` times after `warmUps` untimed calls, stopping early (after at least 5 samples) once
 * `budgetMs` has been spent, so a slow query on a large database does not hold the run for minutes.
 */
export async function timeRepeatedly(run: () => Promise<unknown>, options: { rounds: number; warmUps: number; budgetMs?: number }): Promise<LatencySummary> {
  for (let index = 0; index < options.warmUps; index += 1) await run();
  const samples: number[] = [];
  const startedAt = performance.now();
  for (let index = 0; index < options.rounds; index += 1) {
    if (samples.length >= 5 && performance.now() - startedAt > (options.budgetMs ?? Number.POSITIVE_INFINITY)) break;
    const sampleStartedAt = performance.now();
    await run();
    samples.push(performance.now() - sampleStartedAt);
  }
  return summarizeLatencies(samples);
}
