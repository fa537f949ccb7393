/**
 * `npm run bench -- [--only NAME[,NAME]] [--scale S] [--list]`: runs the benchmarks in the order below, progress on
 * stderr, one JSON line per benchmark on stdout ({name, figures, targets, machine}). A missed target is a
 * measurement, not a failure: the exit code is non-zero only when a benchmark crashed (or the arguments are wrong).
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import budget from "./budget";
import dashboard from "./dashboard";
import ingest from "./ingest";
import memory from "./memory";
import propagation from "./propagation";
import reconcile from "./reconcile";
import search from "./search";
import { describeMachine, type Benchmark } from "./support/benchmark";
import { progress } from "./support/progress";

const benchmarks: readonly Benchmark[] = [ingest, propagation, budget, reconcile, search, dashboard, memory];

const argumentsSchema = z.object({
  only: z
    .string()
    .optional()
    .transform((value) => (value === undefined ? null : value.split(",").map((name) => name.trim()).filter((name) => name !== "")))
    .refine((names) => names === null || names.every((name) => benchmarks.some((benchmark) => benchmark.name === name)), {
      message: `--only takes names from: ${benchmarks.map((benchmark) => benchmark.name).join(", ")}`,
    }),
  scale: z.coerce.number().positive().max(10).default(1),
  list: z.boolean().default(false),
});

function readArguments(argv: string[]): z.infer<typeof argumentsSchema> {
  const { values } = parseArgs({ args: argv, options: { only: { type: "string" }, scale: { type: "string" }, list: { type: "boolean" } }, strict: true });
  return argumentsSchema.parse(values);
}

async function main(): Promise<number> {
  const options = readArguments(process.argv.slice(2));
  if (options.list) {
    for (const benchmark of benchmarks) process.stdout.write(`${benchmark.name.padEnd(12)} ${benchmark.describe}\n`);
    return 0;
  }
  const selected = options.only === null ? benchmarks : benchmarks.filter((benchmark) => options.only?.includes(benchmark.name));
  let crashed = 0;
  for (const benchmark of selected) {
    progress(benchmark.name, `starting (scale ${options.scale})`);
    const startedAt = performance.now();
    try {
      const result = await benchmark.run({ scale: options.scale });
      process.stdout.write(`${JSON.stringify({ ...result, machine: describeMachine() })}\n`);
      const missed = result.targets.filter((target) => !target.met).length;
      progress(benchmark.name, `done in ${((performance.now() - startedAt) / 1000).toFixed(1)} s, ${missed} of ${result.targets.length} targets missed`);
    } catch (error) {
      crashed += 1;
      progress(benchmark.name, `CRASHED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  return crashed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`[bench] ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
