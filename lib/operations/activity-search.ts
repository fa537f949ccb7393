import { z } from "zod";

export const activityViews = ["inbox", "runs", "audit"] as const;
export type ActivityView = (typeof activityViews)[number];

export const inboxProviders = ["shopify", "stripe", "lightspeed"] as const;
export const inboxStatuses = ["received", "sent", "processed", "ignored", "failed"] as const;
export const runStatuses = ["queued", "running", "completed", "failed", "cancelled"] as const;

const page = z.coerce.number().int().min(1).max(100_000).catch(1);
const optionalEnum = <const Values extends readonly [string, ...string[]]>(values: Values) =>
  z.enum(values).optional().catch(undefined);

/**
 * The Activity screen's URL: `?view=inbox&provider=shopify&status=failed&topic=orders/create&page=2&event=12`.
 * Anything missing, repeated or hostile falls back to its default.
 */
export const activitySearchSchema = z.object({
  view: z.enum(activityViews).catch("inbox"),
  provider: optionalEnum(inboxProviders),
  status: optionalEnum(inboxStatuses),
  runStatus: optionalEnum(runStatuses),
  /** Topics look like `orders/create` or `payment_intent.succeeded`. */
  topic: z
    .string()
    .trim()
    .regex(/^[a-z0-9_./-]{1,100}$/i)
    .optional()
    .catch(undefined),
  /** One inbox entry to show in full. */
  event: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().catch(undefined),
  page,
});

export type ActivitySearch = z.infer<typeof activitySearchSchema>;

export function parseActivitySearch(raw: Record<string, string | string[] | undefined>): ActivitySearch {
  return activitySearchSchema.parse({
    view: raw["view"],
    provider: raw["provider"],
    status: raw["status"],
    runStatus: raw["runStatus"],
    topic: raw["topic"] === "" ? undefined : raw["topic"],
    event: raw["event"],
    page: raw["page"],
  });
}

/** The URL of the Activity screen for `search`, leaving defaults out. */
export function activityHref(search: Partial<ActivitySearch>): string {
  const params = new URLSearchParams();
  if (search.view && search.view !== "inbox") params.set("view", search.view);
  if (search.provider) params.set("provider", search.provider);
  if (search.status) params.set("status", search.status);
  if (search.runStatus) params.set("runStatus", search.runStatus);
  if (search.topic) params.set("topic", search.topic);
  if (search.event !== undefined) params.set("event", String(search.event));
  if (search.page && search.page > 1) params.set("page", String(search.page));
  const query = params.toString();
  return query ? `/activity?${query}` : "/activity";
}

/** One inbox entry in full, on the Activity screen. */
export const inboxEntryHref = (inboxId: number): string => activityHref({ event: inboxId });
