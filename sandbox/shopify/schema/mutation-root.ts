import { graphObject, type GraphObject } from "../graphql/graph-object";
import { bulkOperationRunQuery } from "../bulk/run-bulk-query";
import { setInventoryQuantities } from "../mutations/set-inventory-quantities";
import { webhookSubscriptionCreate, webhookSubscriptionDelete } from "../mutations/webhook-subscription-mutations";
import type { RequestContext } from "./request-context";

export function mutationRoot(request: RequestContext): GraphObject {
  return graphObject(
    "Mutation",
    {
      inventorySetQuantities: (args, directives) => setInventoryQuantities(request, args, directives),
      bulkOperationRunQuery: (args) => bulkOperationRunQuery(request, args),
      webhookSubscriptionCreate: (args) => webhookSubscriptionCreate(request, args),
      webhookSubscriptionDelete: (args) => webhookSubscriptionDelete(request, args),
    },
    { cost: 0 },
  );
}
