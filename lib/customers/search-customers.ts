import { and, count, eq, inArray, isNull, max, sql, sum, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/open-database";
import { queryRows } from "@/lib/db/query-rows";
import { customers, orders, refunds, shopifyStores } from "@/lib/db/schema";
import { containsPattern, prefixPattern } from "./like-pattern";
import { normalizePhone } from "./normalize-phone";
import { phoneSearchDigits } from "./phone-search-digits";
import { resolveSurvivorIds } from "./resolve-survivor";
import type { SalesChannel } from "./sales-channel";

export type CustomerSearchParams = {
  /** What was typed (see customerSearchQuerySchema); inner spaces are collapsed here too. */
  query: string;
  /** The shop's country (ISO 3166 alpha-2), for phone numbers typed without a country code. */
  country: string;
  limit?: number;
};

export type CustomerSearchHit = {
  id: number;
  displayName: string;
  email: string | null;
  phone: string | null;
  /** Where they have bought: in store, each Shopify store, Stripe. */
  channels: SalesChannel[];
  orderCount: number;
  /** Everything they paid, net of refunds, in cents. */
  lifetimeValueCents: number;
  /** Their latest order in any channel (or when they were last seen, without orders). */
  lastVisitAt: Date | null;
  /** True when only a record merged into this customer matched (an old email or phone). */
  matchedViaMerged: boolean;
};

const defaultLimit = 20;
/** Matches looked at before folding merged records into their survivors. */
const candidateLimit = 100;

const candidateSchema = z.object({
  id: z.coerce.number(),
  merged_into_id: z.coerce.number().nullable(),
});

/**
 * The matching records, best first: exact name, email or phone; then a name (or a word of it) or an email
 * starting with the query; then by trigram similarity. Every condition is on an indexed expression
 * (`lower(display_name)`, `email`, `phone`, each with a trigram GIN index).
 */
export function customerCandidatesSql(query: string, country: string): SQL {
  const tokens = query.split(" ").filter((token) => token !== "");
  const nameMatch = sql.join(
    tokens.map((token) => sql`lower(display_name) like lower(${containsPattern(token)})`),
    sql` and `,
  );
  const conditions: SQL[] = [sql`email like lower(${containsPattern(query)})`];
  // A query with letters is a name (or email); one without is a phone number (or email): `liam31` never searches phones.
  // One with an `@` is an email only: no name holds one, and matching its many trigrams against the name index is
  // the slowest part of such a search (bench/RESULTS.md, `search`).
  const hasLetters = /\p{L}/u.test(query);
  if (hasLetters && !query.includes("@")) conditions.push(sql`(${nameMatch})`);
  const digits = hasLetters ? null : phoneSearchDigits(query, country);
  if (digits !== null) conditions.push(sql`phone like ${containsPattern(digits)}`);
  const e164 = digits === null ? null : normalizePhone(query, country);
  const prefix = prefixPattern(query);
  return sql`
    select id, merged_into_id from customers
    where ${sql.join(conditions, sql` or `)}
    order by
      case
        when lower(display_name) = lower(${query}) or email = lower(${query}) or phone = ${e164 ?? ""} then 0
        when lower(display_name) like lower(${prefix}) or lower(display_name) like lower(${`% ${prefix}`}) or email like lower(${prefix}) then 1
        else 2
      end,
      greatest(similarity(lower(display_name), lower(${query})), similarity(coalesce(email, ''), lower(${query}))) desc,
      id
    limit ${candidateLimit}
  `;
}

/**
 * Customers whose name, email or phone contains what was typed, best first, at most `limit` (20). A record
 * merged into another is answered as its survivor, once, so an old email still finds the person. Phones match
 * in any format: `(212) 555-0143`, `212.555.0143` and `+1 212 555 0143` all find `+12125550143`.
 */
export async function searchCustomers(db: Executor, params: CustomerSearchParams): Promise<CustomerSearchHit[]> {
  const query = params.query.replace(/\s+/g, " ").trim();
  if (query === "") return [];
  const limit = Math.min(Math.max(params.limit ?? defaultLimit, 1), candidateLimit);
  const candidates = await queryRows(db, customerCandidatesSql(query, params.country), candidateSchema);
  const survivorOf = await resolveSurvivorIds(
    db,
    candidates.filter((candidate) => candidate.merged_into_id !== null).map((candidate) => candidate.id),
  );

  const ranked = new Map<number, { matchedViaMerged: boolean }>();
  for (const candidate of candidates) {
    const survivorId = candidate.merged_into_id === null ? candidate.id : survivorOf.get(candidate.id);
    if (survivorId === undefined) continue;
    const direct = survivorId === candidate.id;
    const seen = ranked.get(survivorId);
    if (seen) seen.matchedViaMerged &&= !direct;
    else if (ranked.size < limit) ranked.set(survivorId, { matchedViaMerged: !direct });
  }
  const ids = [...ranked.keys()];
  if (ids.length === 0) return [];

  const [people, bought, refunded] = await Promise.all([
    db
      .select({ id: customers.id, displayName: customers.displayName, email: customers.email, phone: customers.phone, lastSeenAt: customers.lastSeenAt })
      .from(customers)
      .where(and(inArray(customers.id, ids), isNull(customers.mergedIntoId))),
    db
      .select({
        customerId: orders.customerId,
        channel: orders.channel,
        storeName: shopifyStores.name,
        orderCount: count().mapWith(Number),
        totalCents: sum(orders.totalCents).mapWith(Number),
        lastOrderAt: max(orders.placedAt),
      })
      .from(orders)
      .leftJoin(shopifyStores, eq(shopifyStores.id, orders.shopifyStoreId))
      .where(inArray(orders.customerId, ids))
      .groupBy(orders.customerId, orders.channel, shopifyStores.name),
    db
      .select({ customerId: orders.customerId, amountCents: sum(refunds.amountCents).mapWith(Number) })
      .from(refunds)
      .innerJoin(orders, eq(orders.id, refunds.orderId))
      .where(inArray(orders.customerId, ids))
      .groupBy(orders.customerId),
  ]);

  const personById = new Map(people.map((person) => [person.id, person]));
  const refundedById = new Map(refunded.map((row) => [row.customerId, row.amountCents]));
  const hits: CustomerSearchHit[] = [];
  for (const [id, { matchedViaMerged }] of ranked) {
    const person = personById.get(id);
    if (!person) continue;
    const channels = bought.filter((row) => row.customerId === id);
    const lastOrderAt = channels.reduce<Date | null>((latest, row) => (row.lastOrderAt && (!latest || row.lastOrderAt > latest) ? row.lastOrderAt : latest), null);
    hits.push({
      id,
      displayName: person.displayName,
      email: person.email,
      phone: person.phone,
      channels: channels
        .map((row) => ({ channel: row.channel, storeName: row.channel === "shopify" ? row.storeName : null }))
        .sort((a, b) => a.channel.localeCompare(b.channel) || (a.storeName ?? "").localeCompare(b.storeName ?? "")),
      orderCount: channels.reduce((total, row) => total + row.orderCount, 0),
      lifetimeValueCents: channels.reduce((total, row) => total + row.totalCents, 0) - (refundedById.get(id) ?? 0),
      lastVisitAt: lastOrderAt ?? person.lastSeenAt,
      matchedViaMerged,
    });
  }
  return hits;
}
