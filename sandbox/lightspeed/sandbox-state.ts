/** The simulated account's data, kept in memory with plain numbers and booleans (the quirks are added on output). */

export type SimShop = { shopId: number; name: string; timeZone: string; archived: boolean; timeStamp: number };
export type SimRegister = { registerId: number; shopId: number; name: string };
export type SimEmployee = { employeeId: number; firstName: string; lastName: string };

export type SimItem = {
  itemId: number;
  systemSku: string;
  customSku: string;
  manufacturerSku: string;
  upc: string;
  ean: string;
  description: string;
  defaultPrice: number;
  archived: boolean;
  createTime: number;
  /** Not bumped by stock changes, as in R-Series. */
  timeStamp: number;
};

export type SimItemShop = {
  itemShopId: number;
  itemId: number;
  /** 0 is the all-shops summary row. */
  shopId: number;
  qoh: number;
  backorder: number;
  reorderPoint: number;
  reorderLevel: number;
  timeStamp: number;
};

export type SimSaleLine = {
  saleLineId: number;
  saleId: number;
  itemId: number;
  unitQuantity: number;
  unitPrice: number;
  parentSaleLineId: number;
  shopId: number;
  employeeId: number;
  createTime: number;
  timeStamp: number;
};

export type SimSalePayment = {
  salePaymentId: number;
  saleId: number;
  paymentTypeId: number;
  amount: number;
  createTime: number;
};

export type SimSale = {
  saleId: number;
  ticketNumber: string;
  completed: boolean;
  voided: boolean;
  archived: boolean;
  referenceNumber: string;
  referenceNumberSource: string;
  shopId: number;
  registerId: number;
  employeeId: number;
  customerId: number;
  total: number;
  change: number;
  createTime: number;
  updateTime: number;
  completeTime: number | null;
  timeStamp: number;
  lines: SimSaleLine[];
  payments: SimSalePayment[];
  /** The sale this one refunds (0 when it is not a refund). */
  refundOfSaleId: number;
  /** How it was made: through the API, at the simulated register (control API), or by the refund endpoint. */
  origin: "api" | "till" | "refund-endpoint";
};

export type SimCustomer = {
  customerId: number;
  firstName: string;
  lastName: string;
  emails: Array<{ address: string; useType: string }>;
  phones: Array<{ number: string; useType: string }>;
  archived: boolean;
  createTime: number;
  timeStamp: number;
};

export type SimPaymentType = {
  paymentTypeId: number;
  name: string;
  /** cash, credit card, check, gift card, credit account, ecom, user defined. */
  type: string;
  requireCustomer: boolean;
  internalReserved: boolean;
  archived: boolean;
};

/** A physical count in one shop; stock moves only when a counted item is reconciled. */
export type SimInventoryCount = { inventoryCountId: number; name: string; shopId: number; archived: boolean; timeStamp: number };

export type SimInventoryCountItem = {
  inventoryCountItemId: number;
  inventoryCountId: number;
  itemId: number;
  employeeId: number;
  qty: number;
  timeStamp: number;
};

/** The record of one item reconciled in one count: how far it moved the shop's qoh. */
export type SimInventoryCountReconcile = {
  inventoryCountReconcileId: number;
  inventoryCountId: number;
  itemId: number;
  qohChange: number;
  createTime: number;
};

export type SimRefreshToken = {
  token: string;
  issuedAt: number;
  revokedAt: number | null;
  revokedBecause: string | null;
};
export type SimAccessToken = {
  token: string;
  issuedAt: number;
  expiresAt: number;
  /** The refresh token that bought it: revoked when this access token is first used. */
  fromRefreshToken: string | null;
  firstUsedAt: number | null;
};

export type LoggedRequest = {
  seq: number;
  at: string;
  method: string;
  path: string;
  query: string;
  status: number | "hung" | "dropped";
  cost: number;
  bucketLevel: number;
  rateLimitType: string | null;
  fault: string | null;
};

const DATA_ID_KINDS = [
  "shop",
  "register",
  "employee",
  "item",
  "itemShop",
  "sale",
  "saleLine",
  "salePayment",
  "customer",
  "paymentType",
  "inventoryCount",
  "inventoryCountItem",
  "inventoryCountReconcile",
] as const;
type DataIdKind = (typeof DATA_ID_KINDS)[number];

export type SandboxState = {
  accountId: number;
  shops: Map<number, SimShop>;
  registers: Map<number, SimRegister>;
  employees: Map<number, SimEmployee>;
  items: Map<number, SimItem>;
  itemShops: Map<number, SimItemShop>;
  sales: Map<number, SimSale>;
  customers: Map<number, SimCustomer>;
  paymentTypes: Map<number, SimPaymentType>;
  inventoryCounts: Map<number, SimInventoryCount>;
  inventoryCountItems: Map<number, SimInventoryCountItem>;
  inventoryCountReconciles: Map<number, SimInventoryCountReconcile>;
  refreshTokens: Map<string, SimRefreshToken>;
  accessTokens: Map<string, SimAccessToken>;
  /** When each token refresh happened (for the refresh rate limit and for tests). */
  refreshes: number[];
  requestLog: LoggedRequest[];
  nextId: Record<DataIdKind | "request", number>;
};

export function createSandboxState(accountId: number): SandboxState {
  return {
    accountId,
    shops: new Map(),
    registers: new Map(),
    employees: new Map(),
    items: new Map(),
    itemShops: new Map(),
    sales: new Map(),
    customers: new Map(),
    paymentTypes: new Map(),
    inventoryCounts: new Map(),
    inventoryCountItems: new Map(),
    inventoryCountReconciles: new Map(),
    refreshTokens: new Map(),
    accessTokens: new Map(),
    refreshes: [],
    requestLog: [],
    nextId: {
      shop: 1,
      register: 1,
      employee: 1,
      item: 1,
      itemShop: 1,
      sale: 1,
      saleLine: 1,
      salePayment: 1,
      customer: 1,
      paymentType: 1,
      inventoryCount: 1,
      inventoryCountItem: 1,
      inventoryCountReconcile: 1,
      request: 1,
    },
  };
}

/** Empties the account's data (not its tokens or request log). */
export function clearSandboxData(state: SandboxState): void {
  state.shops.clear();
  state.registers.clear();
  state.employees.clear();
  state.items.clear();
  state.itemShops.clear();
  state.sales.clear();
  state.customers.clear();
  state.paymentTypes.clear();
  state.inventoryCounts.clear();
  state.inventoryCountItems.clear();
  state.inventoryCountReconciles.clear();
  for (const kind of DATA_ID_KINDS) state.nextId[kind] = 1;
}

export function takeId(state: SandboxState, kind: keyof SandboxState["nextId"]): number {
  const id = state.nextId[kind];
  state.nextId[kind] = id + 1;
  return id;
}
