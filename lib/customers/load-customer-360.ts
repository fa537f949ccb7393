import { eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { customers, type Customer } from "@/lib/db/schema";
import { listCustomerIdentities, type CustomerIdentityView } from "./list-customer-identities";
import { listCustomerMerges, type CustomerMergeView } from "./list-customer-merges";
import { listCustomerTimeline, type TimelineEntry } from "./list-customer-timeline";
import { resolveSurvivorId } from "./resolve-survivor";
import { summarizeCustomerTimeline, type CustomerSummary } from "./summarize-customer-timeline";

export type Customer360 = {
  customer: Customer;
  /** Each identity with the merge that brought it to this customer, when one did. */
  identities: (CustomerIdentityView & { mergeId: number | null })[];
  merges: CustomerMergeView[];
  timeline: TimelineEntry[];
  summary: CustomerSummary;
};

export type Customer360Result =
  | { kind: "missing" }
  | { kind: "merged"; survivorId: number }
  | ({ kind: "found" } & Customer360);

/** Everything about one customer in every channel; a merged-away record answers with its survivor's id. */
export async function loadCustomer360(db: Executor, customerId: number): Promise<Customer360Result> {
  const [customer] = await db.select().from(customers).where(eq(customers.id, customerId)).limit(1);
  if (!customer) return { kind: "missing" };
  if (customer.mergedIntoId !== null) {
    const survivorId = await resolveSurvivorId(db, customer.id);
    return survivorId === null ? { kind: "missing" } : { kind: "merged", survivorId };
  }
  const [identities, merges, timeline] = await Promise.all([
    listCustomerIdentities(db, customer.id),
    listCustomerMerges(db, customer.id),
    listCustomerTimeline(db, customer.id),
  ]);
  const activeMerges = merges.filter((merge) => merge.undoneAt === null);
  return {
    kind: "found",
    customer,
    identities: identities.map((identity) => ({
      ...identity,
      mergeId: activeMerges.find((merge) => merge.movedIdentityIds.includes(identity.id))?.id ?? null,
    })),
    merges,
    timeline,
    summary: summarizeCustomerTimeline(timeline),
  };
}
