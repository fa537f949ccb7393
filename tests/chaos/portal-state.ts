import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/open-database";
import { queryRows } from "@/lib/db/query-rows";

const count = z.object({ n: z.coerce.number() });

async function countOf(db: Executor, query: ReturnType<typeof sql>): Promise<number> {
  const [row] = await queryRows(db, query, count);
  return row?.n ?? 0;
}

export type Backlog = {
  engineRuns: number;
  engineEvents: number;
  inboxOpen: number;
  pendingOfPosted: number;
  /** Lightspeed has not been polled since the traffic ended (its till sales may not be counted yet). */
  pollBehind: boolean;
  details: string[];
};

/**
 * What is still to do: engine runs queued or running (cron ticks left out: the poller always has its next one),
 * events not fanned out, inbox entries `received`/`sent`, open pending units of orders already posted, and a poll
 * of Lightspeed that ended after `polledAfter` (a portal started just after a minute turns polls first at the next).
 */
export async function readBacklog(db: Executor, inboxBaselineId: number, polledAfter: Date): Promise<Backlog> {
  const engineRuns = await queryRows(
    db,
    sql`select function_id, status::text as status, count(*)::int as n from local_engine_runs
         where status in ('queued', 'running') and coalesce(event->>'name', '') <> 'inngest/scheduled.timer'
         group by function_id, status`,
    z.object({ function_id: z.string(), status: z.string(), n: z.coerce.number() }),
  );
  const engineEvents = await countOf(db, sql`select count(*) as n from local_engine_events where fanned_out_at is null`);
  const inboxOpen = await countOf(db, sql`select count(*) as n from webhook_inbox where status in ('received', 'sent') and id > ${inboxBaselineId}`);
  const pendingOfPosted = await countOf(
    db,
    sql`select count(*) as n from pending_units p join orders o on o.id = p.order_id
         where p.released_at is null and (o.lightspeed_sale_id is not null or o.status <> 'pending')`,
  );
  const polledAfterTraffic = await countOf(
    db,
    sql`select count(*) as n from connections where system = 'lightspeed' and last_success_at > ${polledAfter.toISOString()}::timestamptz`,
  );
  return {
    engineRuns: engineRuns.reduce((sum, row) => sum + row.n, 0),
    engineEvents,
    inboxOpen,
    pendingOfPosted,
    pollBehind: polledAfterTraffic === 0,
    details: engineRuns.map((row) => `${row.function_id} ${row.status} ×${row.n}`),
  };
}

export function backlogIsEmpty(backlog: Backlog): boolean {
  return backlog.engineRuns === 0 && backlog.engineEvents === 0 && backlog.inboxOpen === 0 && backlog.pendingOfPosted === 0 && !backlog.pollBehind;
}

const listingSchema = z.object({
  item_id: z.coerce.number(),
  sku: z.string(),
  lightspeed_item_id: z.string().nullable(),
  domain: z.string(),
  inventory_item_id: z.string(),
  lightspeed_shop: z.string(),
  buffer: z.coerce.number(),
  pending: z.coerce.number(),
  portal_on_hand: z.coerce.number().nullable(),
});
export type Listing = z.output<typeof listingSchema>;

const inboxRowSchema = z.object({ id: z.coerce.number(), provider: z.string(), topic: z.string(), status: z.string(), status_reason: z.string().nullable(), last_error: z.string().nullable(), attempts: z.coerce.number() });

/** What the portal's database says, for the invariants. */
export async function readPortalState(db: Executor, inboxBaselineId: number) {
  const listings = await queryRows(
    db,
    sql`
      select i.id as item_id, i.sku, i.lightspeed_item_id, s.domain, v.inventory_item_id, ls.lightspeed_shop_id as lightspeed_shop,
             coalesce(b.units, s.default_safety_buffer) as buffer,
             coalesce((select sum(p.quantity) from pending_units p
                        where p.item_id = i.id and p.lightspeed_shop_id = s.lightspeed_shop_id and p.released_at is null), 0) as pending,
             l.on_hand as portal_on_hand
        from shopify_variants v
        join items i on i.id = v.item_id
        join shopify_stores s on s.id = v.store_id
        join lightspeed_shops ls on ls.id = s.lightspeed_shop_id
        left join safety_buffers b on b.item_id = i.id and b.store_id = s.id
        left join lightspeed_levels l on l.item_id = i.id and l.lightspeed_shop_id = s.lightspeed_shop_id
       order by i.sku, s.domain`,
    listingSchema,
  );
  const onHand = await queryRows(
    db,
    sql`select i.sku, i.lightspeed_item_id, ls.lightspeed_shop_id as lightspeed_shop, l.on_hand
          from lightspeed_levels l join items i on i.id = l.item_id join lightspeed_shops ls on ls.id = l.lightspeed_shop_id`,
    z.object({ sku: z.string(), lightspeed_item_id: z.string().nullable(), lightspeed_shop: z.string(), on_hand: z.coerce.number() }),
  );
  const refundKeys = await queryRows(db, sql`select source_key from refunds`, z.object({ source_key: z.string() }));
  const refundsForReview = await queryRows(
    db,
    sql`select subject_key from attention_items where kind = 'refund_needs_review'`,
    z.object({ subject_key: z.string() }),
  );
  const orderKeys = await queryRows(
    db,
    sql`select source_key, status::text as status, lightspeed_sale_id, stripe_payment_intent_id from orders where channel <> 'in_store'`,
    z.object({ source_key: z.string(), status: z.string(), lightspeed_sale_id: z.string().nullable(), stripe_payment_intent_id: z.string().nullable() }),
  );
  const inbox = await queryRows(
    db,
    sql`select id, provider::text as provider, topic, status::text as status, status_reason, last_error, attempts from webhook_inbox
         where status not in ('processed', 'ignored') and id > ${inboxBaselineId} order by id`,
    inboxRowSchema,
  );
  const attention = await queryRows(
    db,
    sql`select kind::text as kind, count(*)::int as n from attention_items group by kind`,
    z.object({ kind: z.string(), n: z.coerce.number() }),
  );
  const failedRuns = await queryRows(
    db,
    sql`select function_id, left(coalesce(error::text, ''), 300) as error from local_engine_runs where status = 'failed' order by created_at`,
    z.object({ function_id: z.string(), error: z.string() }),
  );
  return {
    listings,
    onHand,
    refundKeys: new Set(refundKeys.map((row) => row.source_key)),
    /** Refunds put before the owner instead (a refund of a payment that never became an order). */
    refundsForReview: new Set(refundsForReview.map((row) => row.subject_key)),
    orders: orderKeys,
    inbox,
    attention,
    failedRuns,
  };
}

/** The last inbox id before the run: the demo seeds a few entries of its own, some left `sent` or `failed`. */
export async function readInboxBaseline(db: Executor): Promise<{ lastId: number; open: number }> {
  const [row] = await queryRows(
    db,
    sql`select coalesce(max(id), 0) as last_id, count(*) filter (where status not in ('processed', 'ignored')) as open from webhook_inbox`,
    z.object({ last_id: z.coerce.number(), open: z.coerce.number() }),
  );
  return { lastId: row?.last_id ?? 0, open: row?.open ?? 0 };
}

export type PortalState = Awaited<ReturnType<typeof readPortalState>>;
