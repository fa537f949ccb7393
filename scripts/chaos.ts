/**
 * `npm run chaos -- --seed N --events N --faults F --duplicates D [--stores S] [--restart] [--database-url URL]`:
 * the portal under random traffic, API faults, duplicated and shuffled webhooks and restarts, then the consistency
 * invariants (tests/chaos/README.md). Progress on stderr; the last line on stdout is the JSON result. Exit 0 only
 * when every invariant holds.
 */
import { parseChaosOptions } from "@/tests/chaos/chaos-options";

async function main(): Promise<number> {
  const options = parseChaosOptions(process.argv.slice(2));
  const { runChaos } = await import("@/tests/chaos/run-chaos");
  const result = await runChaos(options);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return result.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`[chaos] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.stdout.write(`${JSON.stringify({ ok: false, error: error instanceof Error ? error.message : String(error) })}\n`);
    process.exit(2);
  },
);
