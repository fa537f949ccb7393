import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { verifyPassword } from "@/lib/auth/password";
import { normalizeEmail } from "@/lib/customers/normalize-email";
import { normalizePhone } from "@/lib/customers/normalize-phone";
import { queryRows } from "@/lib/db/query-rows";
import { planDemoShop } from "@/lib/demo/plan-demo-shop";
import { seedDemoShop, type SeedDemoShopResult } from "@/lib/demo/seed-demo-shop";
import { createTestDatabase, testDatabaseKinds } from "../support/test-database";

const now = new Date("2026-11-22T15:00:00Z");
const count = z.object({ n: z.coerce.number() });

describe.each(testDatabaseKinds())("seedDemoShop on %s", (kind) => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let result: SeedDemoShopResult;
  let seedMs = 0;

  const scalar = async (query: ReturnType<typeof sql>): Promise<number> => (await queryRows(database.db, query, count))[0]?.n ?? Number.NaN;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const startedAt = performance.now();
    result = await seedDemoShop(database.db, { country: "US", currency: "USD", now, timeZone: "America/New_York" });
    seedMs = performance.now() - startedAt;
    console.info(`[seed-demo-shop] ${kind}: seeded in ${(seedMs / 1000).toFixed(1)} s`);
  }, 120_000);

  afterAll(async () => {
    await database?.dispose();
  });

  it("seeds in well under 30 s and reports its counts", () => {
    expect(result.seeded).toBe(true);
    if (!result.seeded) return;
    expect(seedMs).toBeLessThan(30_000);
    const { counts } = result;
    expect(counts.items).toBeGreaterThanOrEqual(280);
    expect(counts.items).toBeLessThanOrEqual(320);
    expect(counts.customers).toBeGreaterThanOrEqual(1500);
    expect(counts.orders).toBeGreaterThan(6000);
    expect(counts.orderLines).toBeGreaterThan(counts.orders ?? 0);
    expect(counts.stockMovements).toBeGreaterThan(1000);
    expect(result.driftingSkus.length).toBeGreaterThanOrEqual(2);
  });

  it("creates the two demo users, whose passwords verify", async () => {
    const users = await queryRows(
      database.db,
      sql`select email, name, role, password_hash from users order by email`,
      z.object({ email: z.string(), name: z.string(), role: z.string(), password_hash: z.string() }),
    );
    expect(users.map((user) => [user.email, user.name, user.role])).toEqual([
      ["owner@example.com", "Olivia Owner", "owner"],
      ["staff@example.com", "Sam Staff", "staff"],
    ]);
    const [owner, staff] = users;
    expect(await verifyPassword("tillbridge-owner", owner?.password_hash ?? "")).toBe(true);
    expect(await verifyPassword("tillbridge-staff", staff?.password_hash ?? "")).toBe(true);
    expect(await verifyPassword("tillbridge-staff", owner?.password_hash ?? "")).toBe(false);
  });

  it("has one Lightspeed shop feeding two Shopify stores, with variants, buffers and mapping problems", async () => {
    const stores = await queryRows(
      database.db,
      sql`select s.domain, s.location_id, s.default_safety_buffer, l.lightspeed_shop_id,
            (select count(*) from shopify_variants v where v.store_id = s.id) as variants,
            (select count(*) from shopify_variants v where v.store_id = s.id and v.item_id is null) as unmapped
          from shopify_stores s join lightspeed_shops l on l.id = s.lightspeed_shop_id order by s.domain`,
      z.object({ domain: z.string(), location_id: z.string(), default_safety_buffer: z.number(), lightspeed_shop_id: z.string(), variants: z.coerce.number(), unmapped: z.coerce.number() }),
    );
    expect(stores.map((store) => store.domain)).toEqual(["tillbridge-main.myshopify.com", "tillbridge-outlet.myshopify.com"]);
    for (const store of stores) {
      expect(store.lightspeed_shop_id).toBe("1");
      expect(store.location_id).toMatch(/^gid:\/\/shopify\/Location\/\d+$/);
      expect(store.variants).toBeGreaterThan(100);
      expect(store.unmapped).toBeGreaterThan(0);
    }
    expect(stores.map((store) => store.default_safety_buffer)).toEqual([0, 2]);
    expect(await scalar(sql`select count(*) as n from shopify_variants where variant_id !~ '^gid://shopify/ProductVariant/\\d+$' or inventory_item_id !~ '^gid://shopify/InventoryItem/\\d+$'`)).toBe(0);
    expect(await scalar(sql`select count(*) as n from safety_buffers`)).toBeGreaterThanOrEqual(4);
    const problems = await queryRows(database.db, sql`select distinct kind from mapping_problems order by kind`, z.object({ kind: z.string() }));
    expect(problems.map((problem) => problem.kind)).toEqual(expect.arrayContaining(["duplicate", "unmapped"]));
    expect(await scalar(sql`select count(*) as n from items where lightspeed_item_id is null or price_cents <= cost_cents`)).toBe(0);
    expect(await scalar(sql`select count(*) as n from items where sku !~ '^[A-Z0-9]+(-[A-Z0-9]+)+$'`)).toBe(0);
  });

  it("stores customers with normalised contacts, identities in every system, and explainable merges", async () => {
    const survivors = await scalar(sql`select count(*) as n from customers where merged_into_id is null`);
    expect(survivors).toBeGreaterThanOrEqual(1400);
    expect(survivors).toBeLessThanOrEqual(1600);
    const contacts = await queryRows(
      database.db,
      sql`select email, phone from customers union all select email, phone from customer_identities`,
      z.object({ email: z.string().nullable(), phone: z.string().nullable() }),
    );
    for (const contact of contacts) {
      if (contact.email !== null) expect(normalizeEmail(contact.email)).toBe(contact.email);
      if (contact.phone !== null) expect(normalizePhone(contact.phone, "US")).toBe(contact.phone);
    }
    expect(contacts.filter((contact) => contact.phone !== null).length).toBeGreaterThan(500);
    const systems = await queryRows(
      database.db,
      sql`select i.system::text as system, coalesce(s.domain, '') as store, count(*) as n from customer_identities i left join shopify_stores s on s.id = i.shopify_store_id group by 1, 2`,
      z.object({ system: z.string(), store: z.string(), n: z.coerce.number() }),
    );
    expect(systems.map((row) => `${row.system}${row.store ? `:${row.store}` : ""}`).sort()).toEqual([
      "lightspeed",
      "shopify:tillbridge-main.myshopify.com",
      "shopify:tillbridge-outlet.myshopify.com",
      "stripe",
    ]);
    expect(await scalar(sql`select count(*) as n from (select customer_id from customer_identities group by customer_id having count(distinct system) > 1) multi`)).toBeGreaterThan(200);

    const merges = await queryRows(
      database.db,
      sql`select m.survivor_id, m.merged_id, m.matched_on, m.moved_identity_ids, m.moved_order_ids, m.undone_at, c.merged_into_id
          from customer_merges m join customers c on c.id = m.merged_id`,
      z.object({
        survivor_id: z.number(),
        merged_id: z.number(),
        matched_on: z.record(z.string(), z.union([z.string(), z.boolean()])),
        moved_identity_ids: z.array(z.number()),
        moved_order_ids: z.array(z.number()),
        undone_at: z.coerce.date().nullable(),
        merged_into_id: z.number().nullable(),
      }),
    );
    expect(merges.length).toBeGreaterThan(10);
    expect(merges.some((merge) => typeof merge.matched_on.email === "string")).toBe(true);
    expect(merges.some((merge) => typeof merge.matched_on.phone === "string")).toBe(true);
    expect(merges.some((merge) => merge.moved_order_ids.length > 0)).toBe(true);
    const owners = await queryRows(database.db, sql`select id, customer_id from customer_identities`, z.object({ id: z.number(), customer_id: z.number() }));
    const ownerOf = new Map(owners.map((row) => [row.id, row.customer_id]));
    const orderOwners = await queryRows(database.db, sql`select id, customer_id from orders where customer_id is not null`, z.object({ id: z.number(), customer_id: z.number() }));
    const orderOwnerOf = new Map(orderOwners.map((row) => [row.id, row.customer_id]));
    for (const merge of merges) {
      expect(merge.moved_identity_ids.length).toBeGreaterThan(0);
      const holder = merge.undone_at === null ? merge.survivor_id : merge.merged_id;
      expect(merge.merged_into_id).toBe(merge.undone_at === null ? merge.survivor_id : null);
      for (const id of merge.moved_identity_ids) expect(ownerOf.get(id)).toBe(holder);
      for (const id of merge.moved_order_ids) expect(orderOwnerOf.get(id)).toBe(holder);
    }
  });

  it("keeps every posted order's totals equal to the sum of its lines, with the ids of its systems", async () => {
    expect(
      await scalar(sql`select count(*) as n from order_lines where total_cents <> quantity * unit_price_cents or quantity <= 0`),
    ).toBe(0);
    expect(
      await scalar(sql`
        select count(*) as n from orders o
        where o.status in ('posted', 'partially_refunded', 'refunded')
          and (o.subtotal_cents <> (select coalesce(sum(l.total_cents), 0) from order_lines l where l.order_id = o.id)
               or o.total_cents <> o.subtotal_cents + o.tax_cents
               or not exists (select 1 from order_lines l where l.order_id = o.id))`),
    ).toBe(0);
    expect(
      await scalar(sql`
        select count(*) as n from orders
        where status in ('posted', 'partially_refunded', 'refunded')
          and (lightspeed_sale_id is null or posted_at is null
               or (channel = 'shopify' and (shopify_order_id is null or shopify_store_id is null))
               or (channel = 'stripe' and stripe_payment_intent_id is null)
               or (channel = 'in_store' and source_key <> 'lightspeed:sale:' || lightspeed_sale_id))`),
    ).toBe(0);
    const channels = await queryRows(
      database.db,
      sql`select o.channel::text as channel, coalesce(s.domain, '') as store, count(*) as n, min(o.placed_at) as first, max(o.placed_at) as last
          from orders o left join shopify_stores s on s.id = o.shopify_store_id group by 1, 2`,
      z.object({ channel: z.string(), store: z.string(), n: z.coerce.number(), first: z.coerce.date(), last: z.coerce.date() }),
    );
    expect(channels).toHaveLength(4);
    for (const channel of channels) {
      expect(channel.n).toBeGreaterThan(50);
      expect(channel.last.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(now.getTime() - channel.first.getTime()).toBeGreaterThan(170 * 86_400_000);
    }
    const statuses = await queryRows(database.db, sql`select status::text as status, count(*) as n from orders group by 1`, z.object({ status: z.string(), n: z.coerce.number() }));
    expect(statuses.map((row) => row.status).sort()).toEqual(["needs_attention", "partially_refunded", "pending", "posted", "refunded"]);
  });

  it("has refunds with lines that restock or not, never more than was sold", async () => {
    expect(await scalar(sql`select count(distinct restock) as n from refund_lines`)).toBe(2);
    expect(
      await scalar(sql`
        select count(*) as n from refund_lines r join order_lines l on l.id = r.order_line_id
        where r.quantity > l.quantity or r.sku <> l.sku or r.amount_cents <> r.quantity * l.unit_price_cents`),
    ).toBe(0);
    expect(await scalar(sql`select count(*) as n from refunds r join orders o on o.id = r.order_id where r.created_at < o.placed_at or r.lightspeed_refund_id is null`)).toBe(0);
  });

  it("holds recent online orders as pending, with open pending units and no Lightspeed sale yet", async () => {
    const pending = await queryRows(
      database.db,
      sql`select o.id, o.channel::text as channel, o.lightspeed_sale_id, o.posted_at,
            (select count(*) from pending_units p where p.order_id = o.id and p.released_at is null) as open_units,
            (select count(*) from order_lines l where l.order_id = o.id) as lines
          from orders o where o.status = 'pending'`,
      z.object({ id: z.number(), channel: z.string(), lightspeed_sale_id: z.string().nullable(), posted_at: z.coerce.date().nullable(), open_units: z.coerce.number(), lines: z.coerce.number() }),
    );
    expect(pending.length).toBeGreaterThanOrEqual(2);
    for (const order of pending) {
      expect(order.channel).not.toBe("in_store");
      expect(order.lightspeed_sale_id).toBeNull();
      expect(order.posted_at).toBeNull();
      expect(order.open_units).toBe(order.lines);
    }
    expect(await scalar(sql`select count(*) as n from pending_units p join orders o on o.id = p.order_id where p.released_at is null and o.status <> 'pending'`)).toBe(0);
  });

  it("sets each store's level to on-hand − pending − buffer (min 0), except the declared drifting SKUs", async () => {
    if (!result.seeded) throw new Error("not seeded");
    const mismatches = await queryRows(
      database.db,
      sql`
        select s.domain, i.sku, sl.available,
          greatest(0, ll.on_hand
            - coalesce((select sum(p.quantity) from pending_units p where p.item_id = i.id and p.released_at is null), 0)
            - coalesce(b.units, s.default_safety_buffer)) as expected
        from shopify_levels sl
        join items i on i.id = sl.item_id
        join shopify_stores s on s.id = sl.store_id
        join lightspeed_levels ll on ll.item_id = i.id and ll.lightspeed_shop_id = s.lightspeed_shop_id
        left join safety_buffers b on b.store_id = s.id and b.item_id = i.id`,
      z.object({ domain: z.string(), sku: z.string(), available: z.number(), expected: z.coerce.number() }),
    ).then((rows) => rows.filter((row) => row.available !== row.expected));
    expect(mismatches.map((row) => `${row.domain}:${row.sku}`).sort()).toEqual(result.driftingSkus.map((drift) => `${drift.storeDomain}:${drift.sku}`).sort());
    const openDrift = await queryRows(
      database.db,
      sql`select s.domain, i.sku from drift_reports d join items i on i.id = d.item_id join shopify_stores s on s.id = d.shopify_store_id where d.repaired_at is null`,
      z.object({ domain: z.string(), sku: z.string() }),
    );
    expect(openDrift.map((row) => `${row.domain}:${row.sku}`).sort()).toEqual(mismatches.map((row) => `${row.domain}:${row.sku}`).sort());
    expect(await scalar(sql`select count(*) as n from shopify_levels`)).toBe(await scalar(sql`select count(*) as n from shopify_variants where item_id is not null`));
    expect(await scalar(sql`select count(*) as n from shopify_writes`)).toBe(await scalar(sql`select count(*) as n from shopify_levels`));
    expect(await scalar(sql`select count(*) as n from lightspeed_levels where on_hand < 0`)).toBe(0);
    expect(await scalar(sql`select count(*) as n from lightspeed_levels where on_hand = 0`)).toBeLessThan(30);
  });

  it("explains every on-hand with the ledger: each level that reached Lightspeed follows from the one before, the last is the current", async () => {
    expect(
      await scalar(sql`
        select count(*) as n from (
          select resulting_level, delta, lag(resulting_level) over (partition by item_id order by at, id) as previous,
                 row_number() over (partition by item_id order by at, id) as position
          from stock_movements where resulting_level is not null and posted_to_lightspeed
        ) chain where position > 1 and resulting_level <> previous + delta`),
    ).toBe(0);
    const last = await queryRows(
      database.db,
      sql`
        select ll.item_id, ll.on_hand,
          (select m.resulting_level from stock_movements m where m.item_id = ll.item_id and m.resulting_level is not null and m.posted_to_lightspeed order by m.at desc, m.id desc limit 1) as last_level
        from lightspeed_levels ll`,
      z.object({ item_id: z.number(), on_hand: z.number(), last_level: z.number().nullable() }),
    );
    expect(last.length).toBeGreaterThan(0);
    for (const row of last) expect(row.last_level, `item ${row.item_id}`).toBe(row.on_hand);
    expect(await scalar(sql`select count(*) as n from stock_movements where resulting_level < 0`)).toBe(0);
    expect(await scalar(sql`select count(*) as n from stock_movements where resulting_level is null and (posted_to_lightspeed or kind <> 'online_order')`)).toBe(0);
    const kinds = await queryRows(database.db, sql`select distinct kind::text as kind from stock_movements`, z.object({ kind: z.string() }));
    expect(kinds.map((row) => row.kind).sort()).toEqual(["correction", "count", "online_order", "override", "receive", "refund_restock", "store_sale"]);
    expect(await scalar(sql`select count(*) as n from stock_movements where at < ${new Date(now.getTime() - 13 * 86_400_000).toISOString()}::timestamptz`)).toBeGreaterThan(0);
    // The owner's override is pending until the engine posts it to Lightspeed: it has not moved the on-hand yet.
    const overrides = await queryRows(
      database.db,
      sql`select m.delta, m.resulting_level, m.posted_to_lightspeed, m.posted_at, ll.on_hand
            from stock_movements m join lightspeed_levels ll on ll.item_id = m.item_id and ll.lightspeed_shop_id = m.lightspeed_shop_id
           where m.kind = 'override'`,
      z.object({ delta: z.number(), resulting_level: z.number(), posted_to_lightspeed: z.boolean(), posted_at: z.unknown(), on_hand: z.number() }),
    );
    expect(overrides).toHaveLength(1);
    expect(overrides[0]).toMatchObject({ posted_to_lightspeed: false, posted_at: null, resulting_level: (overrides[0]?.on_hand ?? 0) + (overrides[0]?.delta ?? 0) });
  });

  it("records the operations: inbox, runs, reconciliation, attention, audit, connections and settings", async () => {
    const inbox = await queryRows(database.db, sql`select status::text as status, status_reason from webhook_inbox`, z.object({ status: z.string(), status_reason: z.string().nullable() }));
    expect(inbox.map((row) => row.status)).toEqual(expect.arrayContaining(["processed", "failed", "ignored"]));
    expect(inbox.filter((row) => row.status === "failed")).toHaveLength(1);
    expect(inbox.filter((row) => row.status === "ignored").every((row) => (row.status_reason ?? "").length > 0)).toBe(true);
    expect(await scalar(sql`select count(*) as n from engine_runs`)).toBeGreaterThan(5);
    expect(await scalar(sql`select count(*) as n from reconciliation_runs where status = 'completed' and finished_at is not null`)).toBe(1);
    expect(await scalar(sql`select count(*) as n from drift_reports where reconciliation_run_id is not null and length(cause) > 20`)).toBeGreaterThanOrEqual(2);
    const attention = await queryRows(database.db, sql`select kind::text as kind from attention_items where resolved_at is null`, z.object({ kind: z.string() }));
    expect(attention.map((row) => row.kind)).toEqual(expect.arrayContaining(["payment_without_lines", "unmapped_sku", "ambiguous_customer"]));
    expect(await scalar(sql`select count(*) as n from audit_log`)).toBeGreaterThanOrEqual(3);
    const connected = await queryRows(database.db, sql`select system::text as system from connections where last_success_at is not null`, z.object({ system: z.string() }));
    expect(connected.map((row) => row.system).sort()).toEqual(["lightspeed", "shopify", "shopify", "stripe"]);
    const settings = await queryRows(database.db, sql`select key, value from settings order by key`, z.object({ key: z.string(), value: z.unknown() }));
    expect(Object.fromEntries(settings.map((row) => [row.key, row.value]))).toEqual({
      default_lead_time_days: 14,
      edit_policy: "lightspeed_wins",
      poll_interval_seconds: 5,
      safety_stock_days: 7,
    });
  });

  it("does nothing when seeded again", async () => {
    const before = await scalar(sql`select count(*) as n from orders`);
    expect(await seedDemoShop(database.db, { country: "US", currency: "USD" })).toEqual({ seeded: false });
    expect(await scalar(sql`select count(*) as n from orders`)).toBe(before);
    expect(await scalar(sql`select count(*) as n from users`)).toBe(2);
  });
});

describe("planDemoShop", () => {
  it("gives the same shop for the same seed and time, and another for another seed", () => {
    const options = { seed: 7, now, country: "US", currency: "USD", timeZone: "America/New_York" };
    const fingerprint = (plan: ReturnType<typeof planDemoShop>) =>
      JSON.stringify([plan.orders.length, plan.orders.slice(-20), plan.ledger.movements.slice(-20), plan.customers.records.slice(0, 20)]);
    const first = fingerprint(planDemoShop(options));
    expect(fingerprint(planDemoShop(options))).toBe(first);
    expect(fingerprint(planDemoShop({ ...options, seed: 8 }))).not.toBe(first);
  }, 60_000);

  it.each(["GB", "AU", "CA", "DE"])("writes phones that normalise with %s as the shop's country", (country) => {
    const plan = planDemoShop({ seed: 3, now, country, currency: "EUR", timeZone: "Europe/London" });
    const phones = plan.people.flatMap((person) => person.identities.map((identity) => identity.phone)).filter((phone) => phone !== null);
    expect(phones.length).toBeGreaterThan(500);
    for (const phone of phones) expect(normalizePhone(phone, country)).toBe(phone);
  }, 60_000);
});
