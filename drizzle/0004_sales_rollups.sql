CREATE TABLE "customer_sales" (
	"customer_id" integer PRIMARY KEY NOT NULL,
	"orders" integer NOT NULL,
	"gross_cents" bigint NOT NULL,
	"refunded_cents" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "item_sales_by_day" (
	"day" date NOT NULL,
	"channel" "channel" NOT NULL,
	"shopify_store_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"units_sold" integer NOT NULL,
	"units_returned" integer NOT NULL,
	CONSTRAINT "item_sales_by_day_day_channel_shopify_store_id_item_id_pk" PRIMARY KEY("day","channel","shopify_store_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "item_sales_by_week" (
	"week_start" date NOT NULL,
	"channel" "channel" NOT NULL,
	"shopify_store_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"units_sold" integer NOT NULL,
	"units_returned" integer NOT NULL,
	CONSTRAINT "item_sales_by_week_week_start_channel_shopify_store_id_item_id_pk" PRIMARY KEY("week_start","channel","shopify_store_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "sales_by_quarter_hour" (
	"period_start" timestamp with time zone NOT NULL,
	"channel" "channel" NOT NULL,
	"shopify_store_id" integer NOT NULL,
	"orders" integer NOT NULL,
	"gross_cents" integer NOT NULL,
	"refunded_cents" integer NOT NULL,
	"units_sold" integer NOT NULL,
	"units_returned" integer NOT NULL,
	CONSTRAINT "sales_by_quarter_hour_period_start_channel_shopify_store_id_pk" PRIMARY KEY("period_start","channel","shopify_store_id")
);
--> statement-breakpoint
-- The rollups' keys for an order: its quarter of an hour and its UTC day (see lib/db/schema/sales-rollups.ts).
CREATE FUNCTION "sales_quarter_hour"("placed_at" timestamptz) RETURNS timestamptz LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN date_bin('15 minutes', "placed_at", timestamptz '2000-01-01 00:00:00+00');
--> statement-breakpoint
CREATE FUNCTION "sales_utc_day"("placed_at" timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN ("placed_at" AT TIME ZONE 'UTC')::date;
--> statement-breakpoint
CREATE FUNCTION "sales_utc_week"("day" date) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN date_trunc('week', "day"::timestamp)::date;
--> statement-breakpoint
-- Adds one statement's deltas to each rollup, rows in key order (so that concurrent writers lock them in one order).
CREATE FUNCTION "add_to_sales_by_quarter_hour"("deltas" jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO sales_by_quarter_hour AS t (period_start, channel, shopify_store_id, orders, gross_cents, refunded_cents, units_sold, units_returned)
  SELECT d.period_start, d.channel, d.shopify_store_id, sum(d.orders), sum(d.gross_cents), sum(d.refunded_cents), sum(d.units_sold), sum(d.units_returned)
  FROM jsonb_to_recordset("deltas") AS d(period_start timestamptz, channel channel, shopify_store_id integer, orders integer, gross_cents integer,
    refunded_cents integer, units_sold integer, units_returned integer)
  GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (period_start, channel, shopify_store_id) DO UPDATE SET orders = t.orders + excluded.orders, gross_cents = t.gross_cents + excluded.gross_cents,
    refunded_cents = t.refunded_cents + excluded.refunded_cents, units_sold = t.units_sold + excluded.units_sold, units_returned = t.units_returned + excluded.units_returned
$$;
--> statement-breakpoint
CREATE FUNCTION "add_to_item_sales"("deltas" jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO item_sales_by_day AS t (day, channel, shopify_store_id, item_id, units_sold, units_returned)
  SELECT d.day, d.channel, d.shopify_store_id, d.item_id, sum(d.units_sold), sum(d.units_returned)
  FROM jsonb_to_recordset("deltas") AS d(day date, channel channel, shopify_store_id integer, item_id integer, units_sold integer, units_returned integer)
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (day, channel, shopify_store_id, item_id) DO UPDATE SET units_sold = t.units_sold + excluded.units_sold, units_returned = t.units_returned + excluded.units_returned;
  INSERT INTO item_sales_by_week AS t (week_start, channel, shopify_store_id, item_id, units_sold, units_returned)
  SELECT sales_utc_week(d.day), d.channel, d.shopify_store_id, d.item_id, sum(d.units_sold), sum(d.units_returned)
  FROM jsonb_to_recordset("deltas") AS d(day date, channel channel, shopify_store_id integer, item_id integer, units_sold integer, units_returned integer)
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (week_start, channel, shopify_store_id, item_id) DO UPDATE SET units_sold = t.units_sold + excluded.units_sold, units_returned = t.units_returned + excluded.units_returned;
$$;
--> statement-breakpoint
CREATE FUNCTION "add_to_customer_sales"("deltas" jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO customer_sales AS t (customer_id, orders, gross_cents, refunded_cents)
  SELECT d.customer_id, sum(d.orders), sum(d.gross_cents), sum(d.refunded_cents)
  FROM jsonb_to_recordset("deltas") AS d(customer_id integer, orders integer, gross_cents bigint, refunded_cents bigint)
  GROUP BY 1 ORDER BY 1
  ON CONFLICT (customer_id) DO UPDATE SET orders = t.orders + excluded.orders, gross_cents = t.gross_cents + excluded.gross_cents, refunded_cents = t.refunded_cents + excluded.refunded_cents
$$;
--> statement-breakpoint
CREATE FUNCTION "roll_up_inserted_orders"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM add_to_sales_by_quarter_hour((SELECT coalesce(jsonb_agg(d), '[]') FROM (
    SELECT sales_quarter_hour(placed_at) AS period_start, channel, coalesce(shopify_store_id, 0) AS shopify_store_id, count(*) AS orders,
      sum(total_cents) AS gross_cents, 0 AS refunded_cents, 0 AS units_sold, 0 AS units_returned
    FROM inserted GROUP BY 1, 2, 3) d));
  PERFORM add_to_customer_sales((SELECT coalesce(jsonb_agg(d), '[]') FROM (
    SELECT customer_id, count(*) AS orders, sum(total_cents) AS gross_cents, 0 AS refunded_cents
    FROM inserted WHERE customer_id IS NOT NULL GROUP BY 1) d));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "roll_up_inserted_order_lines"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM add_to_sales_by_quarter_hour((SELECT coalesce(jsonb_agg(d), '[]') FROM (
    SELECT sales_quarter_hour(o.placed_at) AS period_start, o.channel, coalesce(o.shopify_store_id, 0) AS shopify_store_id, 0 AS orders,
      0 AS gross_cents, 0 AS refunded_cents, sum(l.quantity) AS units_sold, 0 AS units_returned
    FROM inserted l JOIN orders o ON o.id = l.order_id GROUP BY 1, 2, 3) d));
  PERFORM add_to_item_sales((SELECT coalesce(jsonb_agg(d), '[]') FROM (
    SELECT sales_utc_day(o.placed_at) AS day, o.channel, coalesce(o.shopify_store_id, 0) AS shopify_store_id, l.item_id,
      sum(l.quantity) AS units_sold, 0 AS units_returned
    FROM inserted l JOIN orders o ON o.id = l.order_id WHERE l.item_id IS NOT NULL GROUP BY 1, 2, 3, 4) d));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "roll_up_inserted_refunds"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM add_to_sales_by_quarter_hour((SELECT coalesce(jsonb_agg(d), '[]') FROM (
    SELECT sales_quarter_hour(o.placed_at) AS period_start, o.channel, coalesce(o.shopify_store_id, 0) AS shopify_store_id, 0 AS orders,
      0 AS gross_cents, sum(r.amount_cents) AS refunded_cents, 0 AS units_sold, 0 AS units_returned
    FROM inserted r JOIN orders o ON o.id = r.order_id GROUP BY 1, 2, 3) d));
  PERFORM add_to_customer_sales((SELECT coalesce(jsonb_agg(d), '[]') FROM (
    SELECT o.customer_id, 0 AS orders, 0 AS gross_cents, sum(r.amount_cents) AS refunded_cents
    FROM inserted r JOIN orders o ON o.id = r.order_id WHERE o.customer_id IS NOT NULL GROUP BY 1) d));
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Only restocked units count as returned; a refund line without an item takes its order line's.
CREATE FUNCTION "roll_up_inserted_refund_lines"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM add_to_sales_by_quarter_hour((SELECT coalesce(jsonb_agg(d), '[]') FROM (
    SELECT sales_quarter_hour(o.placed_at) AS period_start, o.channel, coalesce(o.shopify_store_id, 0) AS shopify_store_id, 0 AS orders,
      0 AS gross_cents, 0 AS refunded_cents, 0 AS units_sold, sum(rl.quantity) AS units_returned
    FROM inserted rl JOIN refunds r ON r.id = rl.refund_id JOIN orders o ON o.id = r.order_id WHERE rl.restock GROUP BY 1, 2, 3) d));
  PERFORM add_to_item_sales((SELECT coalesce(jsonb_agg(d), '[]') FROM (
    SELECT sales_utc_day(o.placed_at) AS day, o.channel, coalesce(o.shopify_store_id, 0) AS shopify_store_id, coalesce(rl.item_id, ol.item_id) AS item_id,
      0 AS units_sold, sum(rl.quantity) AS units_returned
    FROM inserted rl JOIN refunds r ON r.id = rl.refund_id JOIN orders o ON o.id = r.order_id LEFT JOIN order_lines ol ON ol.id = rl.order_line_id
    WHERE rl.restock AND coalesce(rl.item_id, ol.item_id) IS NOT NULL GROUP BY 1, 2, 3, 4) d));
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A merge (or its undo) moves an order to another customer record: its sums move with it.
CREATE FUNCTION "roll_up_moved_order"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  refunded bigint := (SELECT coalesce(sum(amount_cents), 0) FROM refunds WHERE order_id = NEW.id);
BEGIN
  PERFORM add_to_customer_sales((SELECT coalesce(jsonb_agg(d), '[]') FROM (
    SELECT OLD.customer_id AS customer_id, -1 AS orders, -OLD.total_cents AS gross_cents, -refunded AS refunded_cents WHERE OLD.customer_id IS NOT NULL
    UNION ALL
    SELECT NEW.customer_id, 1, NEW.total_cents, refunded WHERE NEW.customer_id IS NOT NULL) d));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "refuse_summed_ledger_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% of %: the order ledger''s summed columns are append-only (the sales rollups are kept from them)', TG_OP, TG_TABLE_NAME;
END $$;
--> statement-breakpoint
CREATE FUNCTION "clear_sales_rollups"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE sales_by_quarter_hour, item_sales_by_day, item_sales_by_week, customer_sales;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "orders_roll_up_inserted" AFTER INSERT ON "orders" REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION roll_up_inserted_orders();
--> statement-breakpoint
CREATE TRIGGER "order_lines_roll_up_inserted" AFTER INSERT ON "order_lines" REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION roll_up_inserted_order_lines();
--> statement-breakpoint
CREATE TRIGGER "refunds_roll_up_inserted" AFTER INSERT ON "refunds" REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION roll_up_inserted_refunds();
--> statement-breakpoint
CREATE TRIGGER "refund_lines_roll_up_inserted" AFTER INSERT ON "refund_lines" REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION roll_up_inserted_refund_lines();
--> statement-breakpoint
CREATE TRIGGER "orders_roll_up_moved" AFTER UPDATE OF "customer_id" ON "orders" FOR EACH ROW
  WHEN (OLD.customer_id IS DISTINCT FROM NEW.customer_id) EXECUTE FUNCTION roll_up_moved_order();
--> statement-breakpoint
CREATE TRIGGER "orders_refuse_summed_change" BEFORE UPDATE OF "placed_at", "channel", "shopify_store_id", "total_cents" ON "orders" FOR EACH ROW
  WHEN (OLD.placed_at IS DISTINCT FROM NEW.placed_at OR OLD.channel IS DISTINCT FROM NEW.channel OR OLD.shopify_store_id IS DISTINCT FROM NEW.shopify_store_id
    OR OLD.total_cents IS DISTINCT FROM NEW.total_cents) EXECUTE FUNCTION refuse_summed_ledger_change();
--> statement-breakpoint
CREATE TRIGGER "order_lines_refuse_summed_change" BEFORE UPDATE OF "order_id", "item_id", "quantity" ON "order_lines" FOR EACH ROW
  WHEN (OLD.order_id IS DISTINCT FROM NEW.order_id OR OLD.item_id IS DISTINCT FROM NEW.item_id OR OLD.quantity IS DISTINCT FROM NEW.quantity)
  EXECUTE FUNCTION refuse_summed_ledger_change();
--> statement-breakpoint
CREATE TRIGGER "refunds_refuse_summed_change" BEFORE UPDATE OF "order_id", "amount_cents" ON "refunds" FOR EACH ROW
  WHEN (OLD.order_id IS DISTINCT FROM NEW.order_id OR OLD.amount_cents IS DISTINCT FROM NEW.amount_cents) EXECUTE FUNCTION refuse_summed_ledger_change();
--> statement-breakpoint
CREATE TRIGGER "refund_lines_refuse_summed_change" BEFORE UPDATE OF "refund_id", "order_line_id", "item_id", "quantity", "restock" ON "refund_lines" FOR EACH ROW
  WHEN (OLD.refund_id IS DISTINCT FROM NEW.refund_id OR OLD.order_line_id IS DISTINCT FROM NEW.order_line_id OR OLD.item_id IS DISTINCT FROM NEW.item_id
    OR OLD.quantity IS DISTINCT FROM NEW.quantity OR OLD.restock IS DISTINCT FROM NEW.restock) EXECUTE FUNCTION refuse_summed_ledger_change();
--> statement-breakpoint
CREATE TRIGGER "orders_refuse_delete" BEFORE DELETE ON "orders" FOR EACH ROW EXECUTE FUNCTION refuse_summed_ledger_change();
--> statement-breakpoint
CREATE TRIGGER "order_lines_refuse_delete" BEFORE DELETE ON "order_lines" FOR EACH ROW EXECUTE FUNCTION refuse_summed_ledger_change();
--> statement-breakpoint
CREATE TRIGGER "refunds_refuse_delete" BEFORE DELETE ON "refunds" FOR EACH ROW EXECUTE FUNCTION refuse_summed_ledger_change();
--> statement-breakpoint
CREATE TRIGGER "refund_lines_refuse_delete" BEFORE DELETE ON "refund_lines" FOR EACH ROW EXECUTE FUNCTION refuse_summed_ledger_change();
--> statement-breakpoint
CREATE TRIGGER "orders_clear_sales_rollups" AFTER TRUNCATE ON "orders" FOR EACH STATEMENT EXECUTE FUNCTION clear_sales_rollups();
--> statement-breakpoint
-- Backfill from the ledger as it stands.
INSERT INTO sales_by_quarter_hour (period_start, channel, shopify_store_id, orders, gross_cents, refunded_cents, units_sold, units_returned)
SELECT sales_quarter_hour(o.placed_at), o.channel, coalesce(o.shopify_store_id, 0), count(*), sum(o.total_cents), coalesce(sum(r.cents), 0),
  coalesce(sum(l.units), 0), coalesce(sum(rl.units), 0)
FROM orders o
  LEFT JOIN (SELECT order_id, sum(amount_cents) AS cents FROM refunds GROUP BY order_id) r ON r.order_id = o.id
  LEFT JOIN (SELECT order_id, sum(quantity) AS units FROM order_lines GROUP BY order_id) l ON l.order_id = o.id
  LEFT JOIN (SELECT r.order_id, sum(rl.quantity) AS units FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id WHERE rl.restock GROUP BY r.order_id) rl ON rl.order_id = o.id
GROUP BY 1, 2, 3;
--> statement-breakpoint
INSERT INTO item_sales_by_day (day, channel, shopify_store_id, item_id, units_sold, units_returned)
SELECT sales_utc_day(o.placed_at), o.channel, coalesce(o.shopify_store_id, 0), u.item_id, sum(u.sold), sum(u.returned)
FROM (
  SELECT l.order_id, l.item_id, l.quantity AS sold, 0 AS returned FROM order_lines l WHERE l.item_id IS NOT NULL
  UNION ALL
  SELECT r.order_id, coalesce(rl.item_id, ol.item_id), 0, rl.quantity
  FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id LEFT JOIN order_lines ol ON ol.id = rl.order_line_id
  WHERE rl.restock AND coalesce(rl.item_id, ol.item_id) IS NOT NULL
) u JOIN orders o ON o.id = u.order_id
GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT INTO item_sales_by_week (week_start, channel, shopify_store_id, item_id, units_sold, units_returned)
SELECT sales_utc_week(day), channel, shopify_store_id, item_id, sum(units_sold), sum(units_returned)
FROM item_sales_by_day
GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT INTO customer_sales (customer_id, orders, gross_cents, refunded_cents)
SELECT o.customer_id, count(*), sum(o.total_cents), coalesce(sum(r.cents), 0)
FROM orders o LEFT JOIN (SELECT order_id, sum(amount_cents) AS cents FROM refunds GROUP BY order_id) r ON r.order_id = o.id
WHERE o.customer_id IS NOT NULL
GROUP BY 1;
