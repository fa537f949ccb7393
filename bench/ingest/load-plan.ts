import { z } from "zod";

/**
 * What the load generator does: `closed` keeps `concurrency` requests in flight for `seconds` (how much can be
 * accepted); `open` offers `rate` requests a second on a fixed schedule for `seconds`, latency counted from each
 * request's scheduled time, so a server that falls behind is not excused (no coordinated omission).
 */
export const loadPlanSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("closed"), origin: z.url(), idPrefix: z.string().min(1), seconds: z.number().positive(), concurrency: z.number().int().min(1).max(1024) }),
  z.object({ mode: z.literal("open"), origin: z.url(), idPrefix: z.string().min(1), seconds: z.number().positive(), rate: z.number().positive().max(100_000) }),
]);
export type LoadPlan = z.infer<typeof loadPlanSchema>;

export const latencySummarySchema = z.object({ samples: z.number(), p50Ms: z.number(), p95Ms: z.number(), p99Ms: z.number(), maxMs: z.number() });

/** What the load generator answers (one JSON line on its stdout). */
export const loadReportSchema = z.object({
  mode: z.enum(["closed", "open"]),
  seconds: z.number(),
  sent: z.number(),
  accepted: z.number(),
  acceptedPerSecond: z.number(),
  statuses: z.record(z.string(), z.number()),
  errors: z.number(),
  latency: latencySummarySchema,
  /** Every acknowledged (200) delivery's provider event id: each must be in the inbox. */
  acceptedIds: z.array(z.string()),
});
export type LoadReport = z.infer<typeof loadReportSchema>;
