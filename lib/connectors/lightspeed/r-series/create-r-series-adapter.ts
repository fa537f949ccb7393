import { resolveLightspeedConfig, type LightspeedConfig } from "../lightspeed-config";
import type { LightspeedAdapter } from "../lightspeed-adapter";
import { createLightspeedTransport } from "../lightspeed-transport";
import { createCompletedSale } from "./create-completed-sale";
import { createCustomer, findCustomersByEmail, findCustomersByPhone } from "./customers";
import { listItems, listItemShops, listSales, listShops } from "./list-resources";
import { createPaymentType, ensurePaymentType, listPaymentTypes } from "./payment-types";
import { postInventoryCount } from "./post-inventory-count";
import { refundSale } from "./refund-sale";
import { findSaleByReference, getSale } from "./sale-lookups";

/**
 * The R-Series adapter for one account. Keep one per account per process: it owns the account's rate budget
 * and the single-flight token refresh.
 */
export function createRSeriesAdapter(config: LightspeedConfig): LightspeedAdapter {
  const transport = createLightspeedTransport(resolveLightspeedConfig(config));
  // One look-up-or-create per name at a time: a burst of sales must not each find nothing and each create one.
  const ensuring = new Map<string, ReturnType<typeof ensurePaymentType>>();
  return {
    product: "r-series",
    caps: { webhooks: false, idempotentSaleCreate: false },
    listShops: (options) => listShops(transport, options),
    listItems: (options) => listItems(transport, options),
    listItemShops: (options) => listItemShops(transport, options),
    listSales: (options) => listSales(transport, options),
    getSale: (saleId, options) => getSale(transport, saleId, options),
    createCompletedSale: (input) => createCompletedSale(transport, input),
    findSaleByReference: (reference, options) => findSaleByReference(transport, reference, options),
    refundSale: (input) => refundSale(transport, input),
    postInventoryCount: (input) => postInventoryCount(transport, input),
    createCustomer: (input) => createCustomer(transport, input),
    findCustomersByEmail: (email, options) => findCustomersByEmail(transport, email, options),
    findCustomersByPhone: (phone, options) => findCustomersByPhone(transport, phone, options),
    listPaymentTypes: (options) => listPaymentTypes(transport, options),
    createPaymentType: (name, options) => createPaymentType(transport, name, options),
    ensurePaymentType: (name, options) => {
      const key = name.trim().toLowerCase();
      const pending = ensuring.get(key) ?? ensurePaymentType(transport, name, options).finally(() => ensuring.delete(key));
      ensuring.set(key, pending);
      return pending;
    },
    rateBudget: () => transport.budget.snapshot(),
  };
}
