import { z } from "zod";
import type { GraphqlExecutor } from "./execute-graphql";
import { deriveIdempotencyKey } from "./idempotency-key";
import type { ShopifyFailure } from "./shopify-result";

/** One absolute write: set `quantity` if Shopify still holds `changeFromQuantity` (null: no compare). */
export type QuantityWrite = {
  inventoryItemId: string;
  locationId: string;
  quantity: number;
  changeFromQuantity: number | null;
};

export type InventoryReason =
  | "correction"
  | "cycle_count_available"
  | "damaged"
  | "other"
  | "promotion"
  | "received"
  | "restock"
  | "safety_stock"
  | "shrinkage";

export type SetQuantitiesInput = {
  quantities: readonly QuantityWrite[];
  /**
   * One key per intent. Repeat the call with the same key only with the same quantities (a retry);
   * after a stale result recompute and use a new key.
   */
  idempotencyKey: string;
  name?: "available" | "on_hand";
  reason?: InventoryReason;
  /** Shown in the admin's inventory history, e.g. gid://tillbridge/SyncRun/42. */
  referenceDocumentUri?: string;
};

/** Where every quantity ended up. Nothing is thrown: each list says what to do next. */
export type SetQuantitiesOutcome = {
  /** Written (Shopify now holds `quantity`). */
  applied: QuantityWrite[];
  /** Shopify no longer held `changeFromQuantity` (CHANGE_FROM_QUANTITY_STALE): re-read, recompute, write again. */
  stale: QuantityWrite[];
  /** Refused for another reason (unknown item, not stocked at the location, …): not worth repeating as is. */
  rejected: { quantity: QuantityWrite; code: string | null; message: string }[];
  /** No answer after the retries: unknown whether written; repeating with the same key is safe. */
  failed: { quantities: QuantityWrite[]; error: ShopifyFailure }[];
  /** inventorySetQuantities calls made. */
  calls: number;
};

export const setQuantitiesMutation = `mutation SetInventoryQuantities($input: InventorySetQuantitiesInput!, $idempotencyKey: String!) {
  inventorySetQuantities(input: $input) @idempotent(key: $idempotencyKey) {
    inventoryAdjustmentGroup { id }
    userErrors { code field message }
  }
}`;

const payloadSchema = z.object({
  inventorySetQuantities: z.object({
    inventoryAdjustmentGroup: z.object({ id: z.string() }).nullable(),
    userErrors: z.array(z.object({ code: z.string().nullable(), field: z.array(z.string()).nullable(), message: z.string() })),
  }),
});

const staleCodes = new Set(["CHANGE_FROM_QUANTITY_STALE", "COMPARE_QUANTITY_STALE"]);

/** The index of the quantity a user error points at (field: ["input", "quantities", "3", …]). */
function quantityIndex(field: string[] | null): number | null {
  if (field === null || field[0] !== "input" || field[1] !== "quantities") return null;
  const index = Number(field[2]);
  return Number.isInteger(index) ? index : null;
}

/**
 * Sets absolute quantities with compare-and-set, in calls of at most `maxBatchSize`, each with its own
 * idempotency key derived from the caller's. Shopify applies a call all or nothing, so when some
 * quantities of a call are stale or refused, the others are sent again in a call of their own.
 */
export async function setInventoryQuantities(
  execute: GraphqlExecutor,
  input: SetQuantitiesInput,
  maxBatchSize: number,
): Promise<SetQuantitiesOutcome> {
  const outcome: SetQuantitiesOutcome = { applied: [], stale: [], rejected: [], failed: [], calls: 0 };
  for (let start = 0, batch = 0; start < input.quantities.length; start += maxBatchSize, batch += 1) {
    let pending = input.quantities.slice(start, start + maxBatchSize);
    for (let round = 0; pending.length > 0; round += 1) {
      outcome.calls += 1;
      const result = await execute({
        operationName: "SetInventoryQuantities",
        query: setQuantitiesMutation,
        variables: {
          idempotencyKey: deriveIdempotencyKey(input.idempotencyKey, batch, round),
          input: {
            name: input.name ?? "available",
            reason: input.reason ?? "correction",
            referenceDocumentUri: input.referenceDocumentUri ?? null,
            quantities: pending.map((q) => ({
              inventoryItemId: q.inventoryItemId,
              locationId: q.locationId,
              quantity: q.quantity,
              changeFromQuantity: q.changeFromQuantity,
            })),
          },
        },
        cost: 10,
        data: payloadSchema,
        retry: "always",
      });
      if (!result.ok) {
        outcome.failed.push({ quantities: pending, error: result.error });
        break;
      }
      const { inventoryAdjustmentGroup, userErrors } = result.value.data.inventorySetQuantities;
      if (userErrors.length === 0) {
        outcome.applied.push(...pending);
        break;
      }
      const erred = new Map<number, (typeof userErrors)[number]>();
      const general = userErrors.filter((error) => {
        const index = quantityIndex(error.field);
        if (index === null || pending[index] === undefined) return true;
        if (!erred.has(index)) erred.set(index, error);
        return false;
      });
      const [firstGeneral] = general;
      if (firstGeneral !== undefined) {
        // Not about one quantity (bad reason, key reused with other quantities, …): the whole call is refused.
        for (const quantity of pending) outcome.rejected.push({ quantity, code: firstGeneral.code, message: firstGeneral.message });
        break;
      }
      const untouched: QuantityWrite[] = [];
      pending.forEach((quantity, index) => {
        const error = erred.get(index);
        if (error === undefined) untouched.push(quantity);
        else if (error.code !== null && staleCodes.has(error.code)) outcome.stale.push(quantity);
        else outcome.rejected.push({ quantity, code: error.code, message: error.message });
      });
      if (inventoryAdjustmentGroup !== null) {
        // A partial write (not what Shopify documents, but safe to read): the rest were applied.
        outcome.applied.push(...untouched);
        break;
      }
      pending = untouched;
    }
  }
  return outcome;
}
