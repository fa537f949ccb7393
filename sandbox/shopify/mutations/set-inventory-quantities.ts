import { z } from "zod";
import { graphObject, type FieldDirectives, type GraphArgs, type GraphObject } from "../graphql/graph-object";
import { GraphqlRequestError } from "../graphql/graphql-error";
import { versionAtLeast } from "../sandbox-context";
import { adjustmentGroupObject } from "../schema/adjustment-group-object";
import { userErrorObject } from "../schema/user-error-object";
import { quantityOf } from "../schema/inventory-level-object";
import { parseArgs } from "../schema/parse-args";
import type { RequestContext } from "../schema/request-context";
import { changeLevel } from "../state/change-level";
import { idOf } from "../state/gid";
import { levelKey, type InventoryChangeState, type SetQuantitiesResultState, type UserErrorState } from "../state/store-state";
import {
  acceptedFields,
  inventoryReasons,
  inventorySetUserError,
  rejectUnknownFields,
  isUri,
  type InventorySetErrorCode,
} from "./inventory-set-rules";

const quantitySchema = z.object({
  inventoryItemId: z.string(),
  locationId: z.string(),
  quantity: z.number().int(),
  changeFromQuantity: z.number().int().nullish(),
  compareQuantity: z.number().int().nullish(),
});
const inputSchema = z.object({
  input: z.object({
    name: z.string(),
    reason: z.string(),
    referenceDocumentUri: z.string().nullish(),
    ignoreCompareQuantity: z.boolean().nullish(),
    quantities: z.array(z.object({}).loose()),
  }),
});

/**
 * inventorySetQuantities with Shopify's semantics for the request's API version: compare-and-set on
 * changeFromQuantity (2026-01+; required, null to opt out, from 2026-04) or compareQuantity (before 2026-04),
 * all-or-nothing (any user error and nothing is written), at most 250 quantities, and `@idempotent(key:)`
 * (required from 2026-04): the same key with the same arguments replays the first result without writing,
 * with other arguments it is refused.
 */
export function setInventoryQuantities(request: RequestContext, args: GraphArgs, directives: FieldDirectives): GraphObject {
  const { store, sandbox, apiVersion } = request;
  const { input } = parseArgs(inputSchema, args, "inventorySetQuantities");
  const fields = acceptedFields(apiVersion);
  rejectUnknownFields(input, fields.input, "InventorySetQuantitiesInput");
  if (input.quantities.length > 250) {
    throw new GraphqlRequestError(`The input array size of ${input.quantities.length} is greater than the maximum allowed of 250.`, {
      code: "MAX_INPUT_SIZE_EXCEEDED",
    });
  }
  const quantities = input.quantities.map((raw, index) => {
    rejectUnknownFields(raw, fields.quantity, "InventoryQuantityInput");
    const parsed = parseArgs(quantitySchema, raw, `quantities.${index}`);
    if (versionAtLeast(apiVersion, "2026-04") && !("changeFromQuantity" in raw)) {
      throw new GraphqlRequestError(
        `changeFromQuantity must be given for quantities.${index}; pass null to opt out of the compare-and-set check`,
        { code: "BAD_REQUEST" },
      );
    }
    return { ...parsed, changeFromGiven: "changeFromQuantity" in raw };
  });

  const key = directives.get("idempotent")?.key;
  if (key !== undefined && typeof key !== "string") {
    throw new GraphqlRequestError("Argument 'key' on Directive 'idempotent' has an invalid value", { code: "argumentLiteralsIncompatible" });
  }
  if (key === undefined && versionAtLeast(apiVersion, "2026-04")) {
    throw new GraphqlRequestError("The @idempotent directive is required for this mutation.", { code: "BAD_REQUEST" });
  }

  const log = (replayed: boolean, result: SetQuantitiesResultState): void => {
    store.writes.push({
      at: sandbox.now(),
      idempotencyKey: key ?? null,
      replayed,
      name: input.name,
      reason: input.reason,
      referenceDocumentUri: input.referenceDocumentUri ?? null,
      quantities: quantities.map((q) => ({
        inventoryItemId: q.inventoryItemId,
        locationId: q.locationId,
        quantity: q.quantity,
        changeFromQuantity: q.changeFromGiven ? (q.changeFromQuantity ?? null) : undefined,
      })),
      applied: result.group !== null,
      userErrors: result.userErrors,
    });
  };

  const fingerprint = JSON.stringify(input);
  if (key !== undefined) {
    const seen = store.idempotency.get(key);
    if (seen !== undefined) {
      if (seen.fingerprint !== fingerprint) {
        const mismatch: SetQuantitiesResultState = { group: null, userErrors: [inventorySetUserError("IDEMPOTENCY_KEY_PARAMETER_MISMATCH", ["idempotent", "key"])] };
        log(false, mismatch);
        return payloadObject(request, mismatch);
      }
      store.stats.idempotentReplays += 1;
      log(true, seen.result);
      return payloadObject(request, seen.result);
    }
  }

  const errors: UserErrorState[] = [];
  if (input.name !== "available" && input.name !== "on_hand") errors.push(inventorySetUserError("INVALID_NAME", ["input", "name"]));
  if (!inventoryReasons.has(input.reason)) errors.push(inventorySetUserError("INVALID_REASON", ["input", "reason"]));
  if (input.referenceDocumentUri !== undefined && input.referenceDocumentUri !== null && !isUri(input.referenceDocumentUri)) {
    errors.push(inventorySetUserError("INVALID_REFERENCE_DOCUMENT", ["input", "referenceDocumentUri"]));
  }
  const seenPairs = new Set<string>();
  const targets = quantities.map((q, index) => {
    const at = (field?: string): string[] => ["input", "quantities", String(index), ...(field === undefined ? [] : [field])];
    const reject = (code: InventorySetErrorCode, field?: string): null => {
      errors.push(inventorySetUserError(code, at(field)));
      return null;
    };
    const itemId = idOf(q.inventoryItemId, "InventoryItem");
    const locationId = idOf(q.locationId, "Location");
    if (itemId === null || !store.inventoryItems.has(itemId)) return reject("INVALID_INVENTORY_ITEM", "inventoryItemId");
    if (locationId === null || !store.locations.has(locationId)) return reject("INVALID_LOCATION", "locationId");
    const level = store.levels.get(levelKey(itemId, locationId));
    if (level === undefined) return reject("ITEM_NOT_STOCKED_AT_LOCATION", "locationId");
    const pair = levelKey(itemId, locationId);
    if (seenPairs.has(pair)) return reject("NO_DUPLICATE_INVENTORY_ITEM_ID_GROUP_ID_PAIR");
    seenPairs.add(pair);
    if (q.quantity > 1_000_000_000) return reject("INVALID_QUANTITY_TOO_HIGH", "quantity");
    if (q.quantity < -1_000_000_000) return reject("INVALID_QUANTITY_TOO_LOW", "quantity");
    if (input.name === "on_hand" && q.quantity < 0) return reject("INVALID_QUANTITY_NEGATIVE", "quantity");
    const current = quantityOf(level, input.name);
    if (q.changeFromGiven) {
      if (q.changeFromQuantity !== null && q.changeFromQuantity !== undefined && q.changeFromQuantity !== current) {
        errors.push(inventorySetUserError("CHANGE_FROM_QUANTITY_STALE", at("changeFromQuantity")));
      }
    } else if (input.ignoreCompareQuantity !== true) {
      if (q.compareQuantity === null || q.compareQuantity === undefined) errors.push(inventorySetUserError("COMPARE_QUANTITY_REQUIRED", at("compareQuantity")));
      else if (q.compareQuantity !== current) errors.push(inventorySetUserError("COMPARE_QUANTITY_STALE", at("compareQuantity")));
    }
    return { level, quantity: q.quantity, current };
  });

  let result: SetQuantitiesResultState;
  if (errors.length > 0) {
    result = { group: null, userErrors: errors };
  } else {
    const changes: InventoryChangeState[] = [];
    for (const target of targets) {
      if (target === null) continue;
      const delta = target.quantity - target.current;
      if (delta === 0) continue;
      changeLevel(sandbox, store, target.level, { available: delta }, "api-write");
      const { level } = target;
      changes.push(
        { name: "available", delta, quantityAfterChange: level.available, inventoryItemId: level.inventoryItemId, locationId: level.locationId },
        { name: "on_hand", delta, quantityAfterChange: quantityOf(level, "on_hand"), inventoryItemId: level.inventoryItemId, locationId: level.locationId },
      );
    }
    result = {
      group: { id: sandbox.nextId(), createdAt: sandbox.now(), reason: input.reason, referenceDocumentUri: input.referenceDocumentUri ?? null, changes },
      userErrors: [],
    };
  }
  if (key !== undefined) store.idempotency.set(key, { fingerprint, result });
  log(false, result);
  return payloadObject(request, result);
}

function payloadObject(request: RequestContext, result: SetQuantitiesResultState): GraphObject {
  return graphObject(
    "InventorySetQuantitiesPayload",
    {
      inventoryAdjustmentGroup: () => (result.group === null ? null : adjustmentGroupObject(request, result.group)),
      userErrors: () => result.userErrors.map((error) => userErrorObject("InventorySetQuantitiesUserError", error)),
    },
    { cost: 0 },
  );
}
