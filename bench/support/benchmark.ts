import os from "node:os";

/** What a benchmark is told: how large to make its world (1 = the size its targets are stated for). */
export type BenchmarkOptions = { scale: number };

/** One figure against its target. `met` is computed by the benchmark, never hard-coded. */
export type BenchmarkTarget = { figure: string; target: string; value: number | null; met: boolean };

/** What a benchmark answers: printed as one JSON line on stdout by `npm run bench`. */
export type BenchmarkResult = {
  name: string;
  figures: Record<string, unknown>;
  targets: BenchmarkTarget[];
};

/** A benchmark module (`bench/<name>.ts`) default-exports one of these. */
export type Benchmark = {
  name: string;
  /** One line for `npm run bench -- --list`. */
  describe: string;
  run(options: BenchmarkOptions): Promise<BenchmarkResult>;
};

/** The machine a result was measured on. */
export function describeMachine(): { cores: number; memory_gib: number; node: string; load_average_1m: number; measured_at: string } {
  return {
    cores: os.cpus().length,
    memory_gib: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    load_average_1m: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
    measured_at: new Date().toISOString(),
  };
}
