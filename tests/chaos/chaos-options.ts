import { parseArgs } from "node:util";
import { z } from "zod";

const probability = z.coerce.number().min(0).max(1);

export const chaosOptionsSchema = z.object({
  seed: z.coerce.number().int().min(0),
  events: z.coerce.number().int().min(1).max(100_000),
  faults: probability.default(0),
  duplicates: probability.default(0),
  stores: z.coerce.number().int().min(2).max(8).default(2),
  restart: z.boolean().default(false),
  /** A Postgres server: the run creates a throwaway database on it (and drops it after). Unset: PGlite. */
  databaseUrl: z.url().optional(),
  /** Mean gap between played events, in milliseconds. */
  gapMs: z.coerce.number().min(0).max(60_000).default(250),
  /** Share of events that hit one SKU of the hot set from every channel at once. */
  burstShare: probability.default(0.2),
  /** How long to wait for everything to settle after the traffic, in seconds. */
  settleTimeoutS: z.coerce.number().min(5).max(3_600).default(120),
  /** Builds the portal when sources are newer than .next/BUILD_ID (it is always built when the build is missing). */
  build: z.boolean().default(false),
  /** Forwards the portal's log to stderr (it is always kept in .data/chaos-<seed>/portal.log). */
  verbose: z.boolean().default(false),
});

export type ChaosOptions = z.output<typeof chaosOptionsSchema>;

/** `npm run chaos -- --seed 1 --events 60 --faults 0.1 --duplicates 0.2 [--stores 2] [--restart] …` */
export function parseChaosOptions(argv: readonly string[]): ChaosOptions {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      seed: { type: "string" },
      events: { type: "string" },
      faults: { type: "string" },
      duplicates: { type: "string" },
      stores: { type: "string" },
      restart: { type: "boolean" },
      "database-url": { type: "string" },
      "gap-ms": { type: "string" },
      "burst-share": { type: "string" },
      "settle-timeout-s": { type: "string" },
      build: { type: "boolean" },
      verbose: { type: "boolean" },
    },
  });
  return chaosOptionsSchema.parse({
    seed: values.seed,
    events: values.events,
    faults: values.faults,
    duplicates: values.duplicates,
    stores: values.stores,
    restart: values.restart,
    databaseUrl: values["database-url"],
    gapMs: values["gap-ms"],
    burstShare: values["burst-share"],
    settleTimeoutS: values["settle-timeout-s"],
    build: values.build,
    verbose: values.verbose,
  });
}
