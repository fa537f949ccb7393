import type { LightspeedCustomer } from "./schemas/customer-schema";
import type { LightspeedItem } from "./schemas/item-schema";
import type { LightspeedItemShop } from "./schemas/item-shop-schema";
import type { LightspeedPaymentType } from "./schemas/payment-type-schema";
import type { LightspeedSale } from "./schemas/sale-schema";
import type { LightspeedShop } from "./schemas/shop-schema";
import type { RateBudgetSnapshot } from "./rate-budget";

export type {
  LightspeedCustomer,
  LightspeedItem,
  LightspeedItemShop,
  LightspeedPaymentType,
  LightspeedSale,
  LightspeedShop,
};

/** A Lightspeed account as the portal uses it. R-Series implements it today; X-Series could later. */
export type LightspeedAdapter = {
  readonly product: "r-series" | "x-series";
  readonly caps: {
    /** R-Series has none: stock and sales are polled. */
    webhooks: boolean;
    /** R-Series has no idempotency key: a sale is found again by its reference number. */
    idempotentSaleCreate: boolean;
  };

  listShops(options?: ListOptions): AsyncIterable<LightspeedShop>;
  /** Items changed at or after `since` (all items without it), archived ones included and flagged. */
  listItems(options?: SinceOptions): AsyncIterable<LightspeedItem>;
  /** Stock rows changed at or after `since`, oldest first; the shopID-0 summary row is left out. */
  listItemShops(options?: SinceOptions): AsyncIterable<LightspeedItemShop>;
  /** Sales (refunds included, as negative sales) changed at or after `since`, oldest first, with their lines. */
  listSales(options?: SinceOptions & { withPayments?: boolean }): AsyncIterable<LightspeedSale>;
  getSale(saleId: string, options?: ListOptions): Promise<LightspeedSale>;

  /** Posts a completed sale at most once per reference number (see create-completed-sale.ts). */
  createCompletedSale(input: CreateCompletedSaleInput): Promise<SaleWriteResult>;
  /** The earliest sale carrying this reference, or null. */
  findSaleByReference(reference: SaleReference, options?: ListOptions): Promise<LightspeedSale | null>;
  /** Refunds a whole sale or some of its lines, at most once per reference number (the external refund id). */
  refundSale(input: RefundSaleInput): Promise<SaleWriteResult>;
  /** Sets an item's on-hand in one shop by a count, reconciled at most once per count name (post-inventory-count.ts). */
  postInventoryCount(input: InventoryCountInput): Promise<InventoryCountResult>;

  createCustomer(input: CreateCustomerInput): Promise<LightspeedCustomer>;
  findCustomersByEmail(email: string, options?: ListOptions): Promise<LightspeedCustomer[]>;
  findCustomersByPhone(phone: string, options?: ListOptions): Promise<LightspeedCustomer[]>;

  listPaymentTypes(options?: ListOptions): Promise<LightspeedPaymentType[]>;
  createPaymentType(name: string, options?: ListOptions): Promise<LightspeedPaymentType>;
  /** The unarchived payment type with this name (case-insensitive), created if there is none. */
  ensurePaymentType(name: string, options?: ListOptions): Promise<LightspeedPaymentType>;

  /** The connector's current picture of the account's rate budget, for the portal's freshness screens. */
  rateBudget(): RateBudgetSnapshot;
};

export type ListOptions = { signal?: AbortSignal };
export type SinceOptions = ListOptions & { since?: string | Date };

/**
 * The external id a sale or refund carries,
 * e.g. `{ referenceNumber: "5012345", referenceNumberSource: "shopify" }`.
 */
export type SaleReference = { referenceNumber: string; referenceNumberSource: string };

export type SaleLineInput = {
  itemId: string;
  /** Units sold, > 0. */
  quantity: number;
  /** Price per unit actually charged; left out, Lightspeed applies its own price. */
  unitPrice?: number;
};

export type SalePaymentInput = { paymentTypeId: string; amount: number };

export type CreateCompletedSaleInput = SaleReference & {
  shopId: string;
  registerId: string;
  employeeId: string;
  customerId?: string | null;
  lines: SaleLineInput[];
  /** Must add up to the sale's total (a completed sale is balanced). */
  payments: SalePaymentInput[];
  /** When the sale happened, if earlier than now (never later). */
  completeTime?: string | Date;
  /**
   * Look the reference up before the first POST (default true): a retried job step after a crash must not post
   * again. A caller that knows this is the very first attempt may skip it and save a request.
   */
  checkExistingFirst?: boolean;
  signal?: AbortSignal;
};

export type RefundSaleInput = SaleReference & {
  saleId: string;
  shopId: string;
  registerId: string;
  employeeId: string;
  /** How the money goes back (e.g. the custom "Shopify" or "Stripe" type). */
  paymentTypeId: string;
  /**
   * Left out: the whole sale is refunded (`POST Sale/{id}/refund`). Given: only these units, as a new sale with
   * negative lines pointing at the original lines. Each names the original line, or the item (first line of it).
   */
  lines?: Array<{ saleLineId?: string; itemId?: string; quantity: number }>;
  checkExistingFirst?: boolean;
  signal?: AbortSignal;
};

/**
 * created: posted now. existing: the reference was already there before posting. recovered: a post failed
 * ambiguously and the look-up found it applied after all.
 */
export type WriteOutcome = "created" | "existing" | "recovered";

export type SaleWriteResult = {
  sale: LightspeedSale;
  outcome: WriteOutcome;
  /** POSTs sent by this call. */
  posts: number;
};

export type CreateCustomerInput = {
  firstName: string;
  lastName: string;
  emails?: Array<{ address: string; useType?: string }>;
  phones?: Array<{ number: string; useType?: string }>;
  signal?: AbortSignal;
};

export type InventoryCountInput = {
  /** The count's name in Lightspeed, unique per change: it is how a retry finds the count again (no commas). */
  name: string;
  shopId: string;
  itemId: string;
  employeeId: string;
  /** Units counted, ≥ 0: the item's on-hand in the shop once reconciled. */
  quantity: number;
  signal?: AbortSignal;
};

export type InventoryCountResult = {
  inventoryCountId: string;
  inventoryCountReconcileId: string;
  /** How far the reconcile moved `ItemShop.qoh`. */
  qohChange: number;
  /** When Lightspeed reconciled it (ISO, UTC). */
  reconciledAt: string;
  /** Of the reconcile: created now, found done already, or recovered after an ambiguous failure. */
  outcome: WriteOutcome;
};
