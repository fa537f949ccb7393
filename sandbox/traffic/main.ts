/**
 * Plays a shop's day against a running sandbox (see README.md):
 *
 *   tsx sandbox/traffic/main.ts --sandbox-file sandbox.json --rate 6 --seed 1 [--events 100] [--mix till-sale=3,shopify-order=2]
 *   tsx sandbox/traffic/main.ts --sandbox-json '{"lightspeed":…}' --rate 6 --seed 1
 *
 * Prints each event as one JSON line on stdout, logs to stderr; stops after --events, or on SIGTERM/SIGINT, and
 * prints its stats to stderr.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { commaList, readCliFlags } from "../run/read-cli-flags";
import { sandboxConnectionSchema } from "../run/sandbox-connection";
import { createTrafficGenerator } from "./create-traffic-generator";
import { trafficKinds } from "./traffic-event";

const mixEntry = z
  .string()
  .regex(/^[a-z-]+=\d+(\.\d+)?$/, "kind=weight")
  .transform((entry) => {
    const [kind = "", weight = "0"] = entry.split("=");
    return [kind, Number(weight)] as const;
  })
  .pipe(z.tuple([z.enum(trafficKinds), z.number().min(0)]));

const flagsSchema = z
  .object({
    "sandbox-json": z.string().optional(),
    "sandbox-file": z.string().optional(),
    rate: z.string().regex(/^\d+(\.\d+)?$/, "events per minute").transform(Number).pipe(z.number().positive()),
    seed: z.string().regex(/^-?\d+$/, "an integer").transform(Number).default(1),
    events: z.string().regex(/^\d+$/, "a count").transform(Number).pipe(z.number().int().positive()).optional(),
    mix: commaList.pipe(z.array(mixEntry)).transform((entries) => Object.fromEntries(entries)).optional(),
  })
  .refine((flags) => (flags["sandbox-json"] === undefined) !== (flags["sandbox-file"] === undefined), {
    message: "give exactly one of --sandbox-json and --sandbox-file",
    path: ["sandbox-json"],
  });

const log = (message: string): void => {
  process.stderr.write(`[traffic] ${message}\n`);
};

function main(): void {
  const flags = readCliFlags(process.argv.slice(2), flagsSchema);
  const text = flags["sandbox-json"] ?? readFileSync(flags["sandbox-file"] ?? "", "utf8");
  const sandbox = sandboxConnectionSchema.parse(JSON.parse(text));
  let printed = 0;
  const generator = createTrafficGenerator({
    sandbox,
    seed: flags.seed,
    eventsPerMinute: flags.rate,
    mix: flags.mix,
    onEvent: (event) => {
      process.stdout.write(`${JSON.stringify(event)}\n`);
      printed += 1;
      if (flags.events !== undefined && printed >= flags.events) void finish("done");
    },
    onError: (error) => log(`event failed: ${error instanceof Error ? error.message : String(error)}`),
  });
  let finishing = false;
  const finish = async (why: string): Promise<void> => {
    if (finishing) return;
    finishing = true;
    log(`${why}: stopping`);
    await generator.stop();
    log(`stats ${JSON.stringify(generator.stats())}`);
    process.exit(0);
  };
  process.once("SIGTERM", () => void finish("SIGTERM"));
  process.once("SIGINT", () => void finish("SIGINT"));
  log(`playing about ${flags.rate} events a minute (seed ${flags.seed})`);
  generator.start();
}

try {
  main();
} catch (error) {
  log(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
