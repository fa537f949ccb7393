import { parseArgs } from "node:util";
import { z } from "zod";
import { disruptionNames } from "./disruptions";

const probability = z.coerce.number().min(0).max(1);

export const chaosOptionsSchema = z
  .object({
    seed: z.coerce.number().int().min(0),
    events: z.coerce.number().int().min(1).max(100_000),
    faults: probability.default(0),
    duplicates: probability.default(0),
    stores: z.coerce.number().int().min(2).max(8).default(2),
    restart: z.boolean().default(false),
    /** Disruptions mid-traffic (tests/chaos/disruptions); `--restart` is `portal-restarts`. */
    disrupt: z.array(z.enum(disruptionNames)).default([]),
    /** Runs on a Postgres server of the run's own (initdb in a temp folder), needed to crash Postgres mid-run. */
    privatePostgres: z.boolean().default(false),
    /** A Postgres server: the run creates a throwaway database on it (and drops it after). Unset: PGlite. */
    databaseUrl: z.url().optional(),
    /** Mean gap between played events, in milliseconds. */
    gapMs: z.coerce.number().min(0).max(60_000).default(250),
    /** Share of events that hit one SKU of the hot set from every channel at once. */
    burstShare: probability.default(0.2),
    /** How long to wait for everything to settle after the traffic, in seconds (default: 120, or 0.6 s per event beyond that). */
    settleTimeoutS: z.coerce.number().min(5).max(7_200).optional(),
    /** Builds the portal when sources are newer than .next/BUILD_ID (it is always built when the build is missing). */
    build: z.boolean().default(false),
    /** Forwards the portal's log to stderr (it is always kept in .data/chaos-<seed>/portal.log). */
    verbose: z.boolean().default(false),
  })
  // What the traffic leaves for the engine to work through grows with it.
  .transform((options) => ({ ...options, settleTimeoutS: options.settleTimeoutS ?? Math.max(120, Math.ceil(options.events * 0.6)) }));

export type ChaosOptions = z.output<typeof chaosOptionsSchema>;

/** The disruptions to apply, `--restart` included, each once. */
export function chosenDisruptions(options: ChaosOptions): ChaosOptions["disrupt"] {
  return [...new Set([...(options.restart ? (["portal-restarts"] as const) : []), ...options.disrupt])];
}

/** A crash of Postgres needs a server of the run's own; a kill mid-flow reads the database while the portal runs. */
export function usesPrivatePostgres(options: ChaosOptions): boolean {
  return options.privatePostgres || options.disrupt.includes("postgres-restart");
}

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
      disrupt: { type: "string" },
      "private-postgres": { type: "boolean" },
      "database-url": { type: "string" },
      "gap-ms": { type: "string" },
      "burst-share": { type: "string" },
      "settle-timeout-s": { type: "string" },
      build: { type: "boolean" },
      verbose: { type: "boolean" },
    },
  });
  const options = chaosOptionsSchema.parse({
    seed: values.seed,
    events: values.events,
    faults: values.faults,
    duplicates: values.duplicates,
    stores: values.stores,
    restart: values.restart,
    disrupt: values.disrupt?.split(",").map((name) => name.trim()).filter((name) => name !== ""),
    privatePostgres: values["private-postgres"],
    databaseUrl: values["database-url"],
    gapMs: values["gap-ms"],
    burstShare: values["burst-share"],
    settleTimeoutS: values["settle-timeout-s"],
    build: values.build,
    verbose: values.verbose,
  });
  if (options.databaseUrl !== undefined && usesPrivatePostgres(options)) {
    throw new Error("--private-postgres and --disrupt postgres-restart run on a Postgres server of their own: leave out --database-url");
  }
  return options;
}
