import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/open-database";
import { emailDomains, firstNames, lastNames } from "@/lib/demo/people-names";

const textArray = (values: readonly string[]) => sql`array[${sql.join(values.map((value) => sql`${value}`), sql`, `)}]::text[]`;

/** US area codes the generated phones are spread over. */
const areaCodes = ["212", "718", "917", "646", "347", "201", "973", "914", "516", "631", "203", "617", "415", "503", "206", "512"];

/**
 * `count` customers in one statement (generate_series, no round trip per row), as the demo names them: first and
 * last names from the demo lists, `first.last<n>@domain` emails (one in ten missing), unique E.164 US phones (one
 * in seven missing), one in a hundred merged into its neighbour; and about one order per customer across the three
 * channels, so a hit's order summary has rows to read. Ids start at 1 on the fresh database.
 */
export async function seedCustomers(db: Database, count: number): Promise<void> {
  await db.execute(sql`
    insert into customers (display_name, email, phone, merged_into_id, created_at, last_seen_at)
    select
      first || ' ' || last,
      case when g % 10 = 3 then null else lower(first || '.' || last || g || '@' || domain) end,
      case when g % 7 = 5 then null else '+1' || (${textArray(areaCodes)})[1 + g % ${areaCodes.length}] || (2000000 + (g::bigint * 7919) % 8000000)::text end,
      case when g % 100 = 0 then g - 1 end,
      now() - make_interval(days => g % 900),
      now() - make_interval(days => g % 90)
    from generate_series(1, ${count}) as g,
      lateral (select
        (${textArray(firstNames)})[1 + (g * 37) % ${firstNames.length}] as first,
        (${textArray(lastNames)})[1 + (g * 101) % ${lastNames.length}] as last,
        (${textArray(emailDomains)})[1 + g % ${emailDomains.length}] as domain) as person
  `);
  await db.execute(sql`
    insert into orders (channel, source_key, customer_id, status, currency, subtotal_cents, total_cents, placed_at)
    select
      (array['in_store', 'shopify', 'stripe']::channel[])[1 + g % 3],
      'bench:order:' || g,
      1 + (g::bigint * 7919) % ${count},
      'posted',
      'USD',
      1000 + (g * 13) % 20000,
      1000 + (g * 13) % 20000,
      now() - make_interval(mins => g % 525600)
    from generate_series(1, ${count}) as g
  `);
  await db.execute(sql`analyze customers`);
  await db.execute(sql`analyze orders`);
}
