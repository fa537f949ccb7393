import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { customerIdentities, shopifyStores, type CustomerIdentity } from "@/lib/db/schema";

export type CustomerIdentityView = Pick<CustomerIdentity, "id" | "system" | "externalId" | "name" | "email" | "phone" | "createdAt"> & {
  /** The Shopify store, for Shopify identities. */
  storeName: string | null;
};

/** How each system knows the customer: Lightspeed, each Shopify store, Stripe (with their own ids). */
export async function listCustomerIdentities(db: Executor, customerId: number): Promise<CustomerIdentityView[]> {
  return db
    .select({
      id: customerIdentities.id,
      system: customerIdentities.system,
      storeName: shopifyStores.name,
      externalId: customerIdentities.externalId,
      name: customerIdentities.name,
      email: customerIdentities.email,
      phone: customerIdentities.phone,
      createdAt: customerIdentities.createdAt,
    })
    .from(customerIdentities)
    .leftJoin(shopifyStores, eq(shopifyStores.id, customerIdentities.shopifyStoreId))
    .where(eq(customerIdentities.customerId, customerId))
    .orderBy(asc(customerIdentities.system), asc(shopifyStores.name), asc(customerIdentities.createdAt), asc(customerIdentities.id));
}
