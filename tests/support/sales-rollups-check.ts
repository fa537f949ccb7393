import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/open-database";
import { queryRows } from "@/lib/db/query-rows";

/*
 * The sales rollups (drizzle/0004_sales_rollups.sql) as they are, and as a fresh sum of the ledger worked out here
 * in TypeScript from the raw rows, each as sorted lines of text, so a test can expect the two to be equal.
 */

const orderSchema = z.object({
  id: z.coerce.number(),
  channel: z.string(),
  store: z.coerce.number(),
  customer_id: z.coerce.number().nullable(),
  total_cents: z.coerce.number(),
  placed_at: z.coerce.date(),
});
const lineSchema = z.object({ id: z.coerce.number(), order_id: z.coerce.number(), item_id: z.coerce.number().nullable(), quantity: z.coerce.number() });
const refundSchema = z.object({ id: z.coerce.number(), order_id: z.coerce.number(), amount_cents: z.coerce.number() });
const refundLineSchema = z.object({ refund_id: z.coerce.number(), order_line_id: z.coerce.number().nullable(), item_id: z.coerce.number().nullable(), quantity: z.coerce.number(), restock: z.boolean() });
const textSchema = z.object({ line: z.string() });

export type SalesRollups = { quarterHours: string[]; itemDays: string[]; itemWeeks: string[]; customers: string[] };

export async function readSalesRollups(db: Executor): Promise<SalesRollups> {
  const lines = (query: ReturnType<typeof sql>) => queryRows(db, query, textSchema).then((rows) => rows.map((row) => row.line).sort());
  return {
    quarterHours: await lines(sql`
      select concat_ws(' ', to_char(period_start at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI'), channel, shopify_store_id, orders, gross_cents, refunded_cents, units_sold, units_returned) as line
      from sales_by_quarter_hour`),
    itemDays: await lines(sql`
      select concat_ws(' ', to_char(day, 'YYYY-MM-DD'), channel, shopify_store_id, item_id, units_sold, units_returned) as line
      from item_sales_by_day where units_sold <> 0 or units_returned <> 0`),
    itemWeeks: await lines(sql`
      select concat_ws(' ', to_char(week_start, 'YYYY-MM-DD'), channel, shopify_store_id, item_id, units_sold, units_returned) as line
      from item_sales_by_week where units_sold <> 0 or units_returned <> 0`),
    customers: await lines(sql`
      select concat_ws(' ', customer_id, orders, gross_cents, refunded_cents) as line
      from customer_sales where orders <> 0 or gross_cents <> 0 or refunded_cents <> 0`),
  };
}

function addTo(sums: Map<string, number[]>, key: string, values: number[]): void {
  const current = sums.get(key) ?? values.map(() => 0);
  sums.set(key, current.map((value, index) => value + (values[index] ?? 0)));
}

function asLines(sums: Map<string, number[]>, keep: (values: number[]) => boolean = () => true): string[] {
  return [...sums].filter(([, values]) => keep(values)).map(([key, values]) => [key, ...values].join(" ")).sort();
}

export async function sumLedgerFresh(db: Executor): Promise<SalesRollups> {
  const orders = await queryRows(db, sql`select id, channel::text, coalesce(shopify_store_id, 0) as store, customer_id, total_cents, placed_at from orders`, orderSchema);
  const lines = await queryRows(db, sql`select id, order_id, item_id, quantity from order_lines`, lineSchema);
  const refunds = await queryRows(db, sql`select id, order_id, amount_cents from refunds`, refundSchema);
  const refundLines = await queryRows(db, sql`select refund_id, order_line_id, item_id, quantity, restock from refund_lines`, refundLineSchema);
  const orderById = new Map(orders.map((order) => [order.id, order]));
  const lineById = new Map(lines.map((line) => [line.id, line]));
  const refundById = new Map(refunds.map((refund) => [refund.id, refund]));
  const quarterOf = (order: z.infer<typeof orderSchema>) => {
    const start = new Date(Math.floor(order.placed_at.getTime() / 900_000) * 900_000).toISOString().slice(0, 16);
    return `${start} ${order.channel} ${order.store}`;
  };
  const dayOf = (order: z.infer<typeof orderSchema>, itemId: number) => `${order.placed_at.toISOString().slice(0, 10)} ${order.channel} ${order.store} ${itemId}`;
  /** The Monday (UTC) on or before the order's UTC day. */
  const weekOf = (order: z.infer<typeof orderSchema>, itemId: number) => {
    const day = new Date(`${order.placed_at.toISOString().slice(0, 10)}T00:00:00Z`);
    const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
    return `${monday.toISOString().slice(0, 10)} ${order.channel} ${order.store} ${itemId}`;
  };
  const quarterHours = new Map<string, number[]>();
  const itemDays = new Map<string, number[]>();
  const itemWeeks = new Map<string, number[]>();
  const customers = new Map<string, number[]>();
  const orderOf = (orderId: number) => {
    const order = orderById.get(orderId);
    if (!order) throw new Error(`no order ${orderId}`);
    return order;
  };
  for (const order of orders) {
    addTo(quarterHours, quarterOf(order), [1, order.total_cents, 0, 0, 0]);
    if (order.customer_id !== null) addTo(customers, String(order.customer_id), [1, order.total_cents, 0]);
  }
  for (const line of lines) {
    const order = orderOf(line.order_id);
    addTo(quarterHours, quarterOf(order), [0, 0, 0, line.quantity, 0]);
    if (line.item_id !== null) {
      addTo(itemDays, dayOf(order, line.item_id), [line.quantity, 0]);
      addTo(itemWeeks, weekOf(order, line.item_id), [line.quantity, 0]);
    }
  }
  for (const refund of refunds) {
    const order = orderOf(refund.order_id);
    addTo(quarterHours, quarterOf(order), [0, 0, refund.amount_cents, 0, 0]);
    if (order.customer_id !== null) addTo(customers, String(order.customer_id), [0, 0, refund.amount_cents]);
  }
  for (const refundLine of refundLines.filter((candidate) => candidate.restock)) {
    const refund = refundById.get(refundLine.refund_id);
    if (!refund) throw new Error(`no refund ${refundLine.refund_id}`);
    const order = orderOf(refund.order_id);
    addTo(quarterHours, quarterOf(order), [0, 0, 0, 0, refundLine.quantity]);
    const itemId = refundLine.item_id ?? (refundLine.order_line_id === null ? null : (lineById.get(refundLine.order_line_id)?.item_id ?? null));
    if (itemId !== null) {
      addTo(itemDays, dayOf(order, itemId), [0, refundLine.quantity]);
      addTo(itemWeeks, weekOf(order, itemId), [0, refundLine.quantity]);
    }
  }
  const nonZero = (values: number[]) => values.some((value) => value !== 0);
  return { quarterHours: asLines(quarterHours), itemDays: asLines(itemDays, nonZero), itemWeeks: asLines(itemWeeks, nonZero), customers: asLines(customers) };
}
