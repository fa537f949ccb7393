import { GraphqlRequestError } from "../graphql/graphql-error";
import { versionAtLeast } from "../sandbox-context";
import type { UserErrorState } from "../state/store-state";

/** Reasons Shopify accepts for inventory changes. */
export const inventoryReasons = new Set([
  "correction",
  "cycle_count_available",
  "damaged",
  "movement_canceled",
  "movement_created",
  "movement_received",
  "movement_updated",
  "other",
  "promotion",
  "quality_control",
  "received",
  "reservation_created",
  "reservation_deleted",
  "reservation_updated",
  "restock",
  "safety_stock",
  "shrinkage",
]);

export const inventorySetMessages = {
  CHANGE_FROM_QUANTITY_STALE: "The changeFromQuantity value does not match persisted value.",
  COMPARE_QUANTITY_STALE: "The compareQuantity value does not match persisted value.",
  COMPARE_QUANTITY_REQUIRED: "The compareQuantity argument must be given to each quantity or ignored using ignoreCompareQuantity.",
  INVALID_INVENTORY_ITEM: "The specified inventory item could not be found.",
  INVALID_LOCATION: "The specified location could not be found.",
  ITEM_NOT_STOCKED_AT_LOCATION: "The specified inventory item is not stocked at the location.",
  INVALID_NAME: "The quantity name must be either 'available' or 'on_hand'.",
  INVALID_QUANTITY_NEGATIVE: "The quantity can't be negative.",
  INVALID_QUANTITY_TOO_HIGH: "The total quantity can't be higher than 1,000,000,000.",
  INVALID_QUANTITY_TOO_LOW: "The total quantity can't be lower than -1,000,000,000.",
  INVALID_REASON: "The specified reason is invalid.",
  INVALID_REFERENCE_DOCUMENT: "The specified reference document is invalid.",
  NO_DUPLICATE_INVENTORY_ITEM_ID_GROUP_ID_PAIR: "The combination of inventoryItemId and locationId must be unique.",
  IDEMPOTENCY_KEY_PARAMETER_MISMATCH: "The same idempotency key cannot be used with different operation parameters.",
} as const;

export type InventorySetErrorCode = keyof typeof inventorySetMessages;
export const inventorySetUserError = (code: InventorySetErrorCode, field: string[]): UserErrorState => ({
  code,
  field,
  message: inventorySetMessages[code],
});

/** Input fields each version accepts; anything else is rejected as graphql-ruby rejects an unknown input field. */
export function acceptedFields(version: string): { input: string[]; quantity: string[] } {
  const input = ["name", "reason", "referenceDocumentUri", "quantities"];
  const quantity = ["inventoryItemId", "locationId", "quantity"];
  if (!versionAtLeast(version, "2026-04")) {
    input.push("ignoreCompareQuantity");
    quantity.push("compareQuantity");
  }
  if (versionAtLeast(version, "2026-01")) quantity.push("changeFromQuantity");
  return { input, quantity };
}

export function rejectUnknownFields(value: Record<string, unknown>, accepted: string[], typename: string): void {
  for (const key of Object.keys(value)) {
    if (!accepted.includes(key)) {
      throw new GraphqlRequestError(`InputObject '${typename}' doesn't accept argument '${key}'`, {
        code: "argumentNotAccepted",
        name: typename,
        typeName: "InputObject",
        argumentName: key,
      });
    }
  }
}

export function isUri(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

