import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/open-database";
import { hideConfiguredSecretsIn } from "@/lib/operations/redact-secrets";
import { queryRows } from "@/lib/db/query-rows";

export type FreshnessStatus = "fresh" | "stale" | "failing" | "never";

/** How current one connected system is: the time since its last successful sync. */
export type ChannelFreshness = {
  system: string;
  account: string;
  /** The Shopify store's name, the system's otherwise. */
  label: string;
  lastSuccessAt: Date | null;
  lastErrorAt: Date | null;
  lastError: string | null;
  /** Seconds from the last success to now; null if it never succeeded. */
  ageSeconds: number | null;
  status: FreshnessStatus;
};

/**
 * When a sync is overdue: Lightspeed is polled every few seconds and Shopify is written on every sale, so
 * silence means trouble; Stripe only speaks when someone pays, so its age alone is never "stale".
 */
export const staleAfterSeconds: Record<string, number | null> = { lightspeed: 5 * 60, shopify: 60 * 60, stripe: null };

const rowSchema = z.object({
  system: z.string(),
  account: z.string(),
  store_name: z.string().nullable(),
  last_success_at: z.coerce.date().nullable(),
  last_error_at: z.coerce.date().nullable(),
  last_error: z.string().nullable(),
});

const systemLabels: Record<string, string> = { lightspeed: "Lightspeed", shopify: "Shopify", stripe: "Stripe", portal: "Portal" };
const systemOrder = ["lightspeed", "shopify", "stripe", "portal"];

/** Each connection's freshness: failing when its last error is newer than its last success. */
export async function readChannelFreshness(db: Executor, params: { now: Date }): Promise<ChannelFreshness[]> {
  const rows = await queryRows(
    db,
    sql`
      select c.system::text as system, c.account, s.name as store_name, c.last_success_at, c.last_error_at, c.last_error
      from connections c left join shopify_stores s on c.system = 'shopify' and s.domain = c.account
      order by c.id`,
    rowSchema,
  );
  return rows
    .map((row): ChannelFreshness => {
      const ageSeconds = row.last_success_at === null ? null : Math.max(0, Math.round((params.now.getTime() - row.last_success_at.getTime()) / 1000));
      const failing = row.last_error_at !== null && (row.last_success_at === null || row.last_error_at > row.last_success_at);
      const threshold = staleAfterSeconds[row.system] ?? null;
      const status: FreshnessStatus = failing ? "failing" : ageSeconds === null ? "never" : threshold !== null && ageSeconds > threshold ? "stale" : "fresh";
      return {
        system: row.system,
        account: row.account,
        label: row.store_name ?? systemLabels[row.system] ?? row.system,
        lastSuccessAt: row.last_success_at,
        lastErrorAt: row.last_error_at,
        lastError: hideConfiguredSecretsIn(row.last_error),
        ageSeconds,
        status,
      };
    })
    .sort((a, b) => systemOrder.indexOf(a.system) - systemOrder.indexOf(b.system));
}
