import { and, eq, isNull, or } from "drizzle-orm";
import type { Database } from "@/lib/db/open-database";
import { attentionItems, customerIdentities, customers } from "@/lib/db/schema";
import { normalizeEmail } from "./normalize-email";
import { normalizePhone } from "./normalize-phone";

export type IncomingIdentity = {
  system: "lightspeed" | "shopify" | "stripe";
  shopifyStoreId: number | null;
  externalId: string;
  name: string | null;
  email: string | null;
  phone: string | null;
};

export type MatchedIdentity = { customerId: number; matchedOn: "identity" | "email" | "phone" | "new" };

/**
 * Finds the one customer an identity belongs to: the identity itself if seen before, else a customer with the
 * same normalised email, else the same phone (E.164), else a new customer. Email and phone pointing at two
 * different customers is ambiguous: the email wins and the owner gets a needs-attention item, never a guess
 * that merges two people.
 */
export async function matchIdentity(db: Database, identity: IncomingIdentity, options: { country: string }): Promise<MatchedIdentity> {
  const email = normalizeEmail(identity.email);
  const phone = normalizePhone(identity.phone, options.country);
  return db.transaction(async (tx) => {
    const [known] = await tx
      .select({ customerId: customerIdentities.customerId })
      .from(customerIdentities)
      .where(
        and(
          eq(customerIdentities.system, identity.system),
          identity.shopifyStoreId === null ? isNull(customerIdentities.shopifyStoreId) : eq(customerIdentities.shopifyStoreId, identity.shopifyStoreId),
          eq(customerIdentities.externalId, identity.externalId),
        ),
      )
      .limit(1);
    if (known) return { customerId: known.customerId, matchedOn: "identity" as const };

    const conditions = [email ? eq(customers.email, email) : undefined, phone ? eq(customers.phone, phone) : undefined].filter((c) => c !== undefined);
    const candidates =
      conditions.length === 0
        ? []
        : await tx
            .select({ id: customers.id, email: customers.email, phone: customers.phone })
            .from(customers)
            .where(and(isNull(customers.mergedIntoId), or(...conditions)))
            .limit(10);
    const byEmail = email ? candidates.find((candidate) => candidate.email === email) : undefined;
    const byPhone = phone ? candidates.find((candidate) => candidate.phone === phone) : undefined;
    let match: MatchedIdentity;
    if (byEmail) match = { customerId: byEmail.id, matchedOn: "email" };
    else if (byPhone) match = { customerId: byPhone.id, matchedOn: "phone" };
    else {
      const [created] = await tx
        .insert(customers)
        .values({ displayName: identity.name?.trim() || email || phone || "Unnamed customer", email, phone, lastSeenAt: new Date() })
        .returning({ id: customers.id });
      if (!created) throw new Error("customer insert returned nothing");
      match = { customerId: created.id, matchedOn: "new" };
    }
    if (byEmail && byPhone && byEmail.id !== byPhone.id) {
      await tx
        .insert(attentionItems)
        .values({
          kind: "ambiguous_customer",
          subjectKey: `${identity.system}:${identity.shopifyStoreId ?? ""}:${identity.externalId}`,
          title: `Email and phone of a ${identity.system} buyer point at two different customers`,
          detail: { email, phone, emailCustomerId: byEmail.id, phoneCustomerId: byPhone.id },
        })
        .onConflictDoNothing();
    }
    await tx
      .insert(customerIdentities)
      .values({ customerId: match.customerId, system: identity.system, shopifyStoreId: identity.shopifyStoreId, externalId: identity.externalId, name: identity.name, email, phone })
      .onConflictDoNothing();
    if (match.matchedOn !== "new") {
      await tx.update(customers).set({ lastSeenAt: new Date() }).where(eq(customers.id, match.customerId));
    }
    return match;
  });
}
