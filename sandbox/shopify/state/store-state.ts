import type { LeakyBucket } from "../cost/leaky-bucket";

/** Everything one simulated store holds. Ids are Shopify-style integers; GIDs are built on the way out. */
export type LocationState = { id: number; name: string };
export type ProductState = { id: number; title: string; vendor: string };
export type VariantState = {
  id: number;
  productId: number;
  title: string;
  sku: string | null;
  price: string;
  grams: number;
  inventoryItemId: number;
};
export type InventoryItemState = { id: number; sku: string | null; tracked: boolean };
export type LevelState = {
  inventoryItemId: number;
  locationId: number;
  available: number;
  committed: number;
  updatedAt: Date;
};
export type CustomerState = {
  id: number;
  addressId: number;
  email: string | null;
  phone: string | null;
  firstName: string;
  lastName: string;
  createdAt: Date;
};
export type OrderLineState = {
  id: number;
  variantId: number;
  productId: number;
  inventoryItemId: number;
  sku: string | null;
  title: string;
  variantTitle: string;
  vendor: string;
  grams: number;
  quantity: number;
  price: string;
  refundedQuantity: number;
};
export type OrderState = {
  id: number;
  number: number;
  createdAt: Date;
  email: string | null;
  phone: string | null;
  customerId: number | null;
  /** Set for point-of-sale orders only, as Shopify does; online orders have null. */
  locationId: number | null;
  /** Where the stock was taken from. */
  fulfillmentLocationId: number;
  financialStatus: "paid" | "pending";
  lines: OrderLineState[];
};
export type RefundLineState = {
  id: number;
  lineItemId: number;
  quantity: number;
  restockType: "no_restock" | "cancel" | "return" | "legacy_restock";
  locationId: number | null;
};
export type RefundState = { id: number; orderId: number; createdAt: Date; note: string | null; lines: RefundLineState[] };
export type WebhookSubscriptionState = {
  id: number;
  /** REST-style topic, e.g. "orders/create". */
  topic: string;
  uri: string;
  format: "JSON";
  createdAt: Date;
  updatedAt: Date;
};
export type InventoryChangeState = {
  name: "available" | "on_hand";
  delta: number;
  quantityAfterChange: number;
  inventoryItemId: number;
  locationId: number;
};
export type AdjustmentGroupState = {
  id: number;
  createdAt: Date;
  reason: string;
  referenceDocumentUri: string | null;
  changes: InventoryChangeState[];
};
export type UserErrorState = { field: string[] | null; message: string; code: string | null };
export type SetQuantitiesResultState = { group: AdjustmentGroupState | null; userErrors: UserErrorState[] };
export type BulkOperationState = {
  id: number;
  type: "QUERY";
  status: "CREATED" | "RUNNING" | "COMPLETED" | "FAILED" | "CANCELED" | "EXPIRED";
  errorCode: string | null;
  query: string;
  createdAt: Date;
  completedAt: Date | null;
  objectCount: number;
  rootObjectCount: number;
  jsonl: string | null;
  /** Secret part of the download URL, like the signature of a real signed storage URL. */
  token: string;
};
/** One call of inventorySetQuantities as the store saw it: what the portal asked and what happened. */
export type InventoryWriteRecord = {
  at: Date;
  idempotencyKey: string | null;
  replayed: boolean;
  name: string;
  reason: string;
  referenceDocumentUri: string | null;
  quantities: { inventoryItemId: string; locationId: string; quantity: number; changeFromQuantity: number | null | undefined }[];
  applied: boolean;
  userErrors: UserErrorState[];
};

/** Why a level moved, in the order it happened: the store's own history of `available`. */
export type LevelChangeCause = "order" | "refund" | "admin-edit" | "api-write";
export type LevelChangeRecord = { at: Date; inventoryItemId: number; locationId: number; delta: number; availableAfter: number; cause: LevelChangeCause };

export type StoreState = {
  domain: string;
  name: string;
  accessToken: string;
  webhookSecret: string;
  currency: string;
  primaryLocationId: number;
  /** The staff account that makes refunds and admin edits in the control API. */
  staffUserId: number;
  locations: Map<number, LocationState>;
  products: Map<number, ProductState>;
  variants: Map<number, VariantState>;
  inventoryItems: Map<number, InventoryItemState>;
  levels: Map<string, LevelState>;
  customers: Map<number, CustomerState>;
  orders: Map<number, OrderState>;
  refunds: RefundState[];
  nextOrderNumber: number;
  webhookSubscriptions: Map<number, WebhookSubscriptionState>;
  /** @idempotent keys seen by inventorySetQuantities: the arguments' fingerprint and the first result. */
  idempotency: Map<string, { fingerprint: string; result: SetQuantitiesResultState }>;
  bulkOperations: Map<number, BulkOperationState>;
  writes: InventoryWriteRecord[];
  levelChanges: LevelChangeRecord[];
  bucket: LeakyBucket;
  stats: { requests: number; throttled: number; idempotentReplays: number };
};

export function levelKey(inventoryItemId: number, locationId: number): string {
  return `${inventoryItemId}:${locationId}`;
}
