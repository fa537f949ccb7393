import { z } from "zod";
import { signingKeyPattern } from "./request-signature";

const backoffSchema = z.object({ baseMs: z.number().int().min(0), maxMs: z.number().int().min(0) });

/** The engine's settings (everything but the database, clock and logger), validated once at start. */
export const localEngineOptionsSchema = z.object({
  /** The app's serve endpoint, e.g. `http://127.0.0.1:3000/api/inngest`. */
  appUrl: z.url({ protocol: /^https?$/ }),
  /** Signs every call to the app; the app's Inngest client must hold the same key. `signkey-<env>-<hex>`. */
  signingKey: z.string().regex(signingKeyPattern, "must look like signkey-<env>-<hex digits>"),
  /** Required in `/e/{key}` when set; any key is accepted when unset. */
  eventKey: z.string().min(1).optional(),
  /** Interface the event API listens on: loopback unless told otherwise. */
  host: z.string().min(1).default("127.0.0.1"),
  /** Port of the event API; 0 picks a free one. */
  port: z.number().int().min(0).max(65535).default(0),
  /** How often the queue is polled when nothing wakes the engine sooner. */
  pollIntervalMs: z.number().int().min(5).default(250),
  /** Calls to the app in flight at once (many of them wait on an API's rate budget, not on this box's CPU). */
  maxConcurrentCalls: z.number().int().min(1).max(1000).default(32),
  /** A claimed run is given back to the queue if its worker stops renewing this lease (it died mid-call). */
  leaseMs: z.number().int().min(500).default(60_000),
  /** Longest a single call to the app may take. */
  callTimeoutMs: z.number().int().min(100).default(300_000),
  /** Backoff between attempts of a failing step or function: 5 s, 10 s, 20 s, … up to 10 min, ±20 %. */
  retryBackoff: backoffSchema.default({ baseMs: 5_000, maxMs: 10 * 60_000 }),
  /** Sync with the app on start, retrying with this backoff until it answers. */
  syncOnStart: z.boolean().default(true),
  syncRetry: backoffSchema.default({ baseMs: 500, maxMs: 30_000 }),
  /** Finished runs and handled events are deleted after this long (the Activity rows in engine_runs stay). */
  retentionMs: z.number().int().min(60_000).default(7 * 24 * 60 * 60_000),
  pruneIntervalMs: z.number().int().min(1_000).default(10 * 60_000),
  /** On stop, calls still running after this long are abandoned and their runs given back to the queue. */
  shutdownGraceMs: z.number().int().min(0).default(10_000),
});

export type LocalEngineSettings = z.input<typeof localEngineOptionsSchema>;
export type ResolvedLocalEngineSettings = z.output<typeof localEngineOptionsSchema>;
