import { and, eq } from "drizzle-orm";
import type { LightspeedAdapter } from "@/lib/connectors/lightspeed";
import type { Database } from "@/lib/db/open-database";
import { customerIdentities, customers } from "@/lib/db/schema";

/**
 * An online buyer with no Lightspeed customer gets one, so the sale is tied to someone at the till too. Looks
 * the buyer up by email, then phone, before creating (a retried step finds the one it created).
 */
export async function ensureLightspeedCustomer(db: Database, lightspeed: LightspeedAdapter, customerId: number): Promise<string | null> {
  const [existing] = await db
    .select({ externalId: customerIdentities.externalId })
    .from(customerIdentities)
    .where(and(eq(customerIdentities.customerId, customerId), eq(customerIdentities.system, "lightspeed")))
    .limit(1);
  if (existing) return existing.externalId;
  const [customer] = await db.select().from(customers).where(eq(customers.id, customerId));
  if (!customer || (!customer.email && !customer.phone)) return null;
  const found =
    (customer.email ? (await lightspeed.findCustomersByEmail(customer.email))[0] : undefined) ??
    (customer.phone ? (await lightspeed.findCustomersByPhone(customer.phone))[0] : undefined);
  const [firstName, ...rest] = customer.displayName.split(" ");
  const created =
    found ??
    (await lightspeed.createCustomer({
      firstName: firstName || customer.displayName,
      lastName: rest.join(" "),
      ...(customer.email ? { emails: [{ address: customer.email }] } : {}),
      ...(customer.phone ? { phones: [{ number: customer.phone }] } : {}),
    }));
  await db
    .insert(customerIdentities)
    .values({ customerId, system: "lightspeed", externalId: created.customerId, name: customer.displayName, email: customer.email, phone: customer.phone })
    .onConflictDoNothing();
  return created.customerId;
}
