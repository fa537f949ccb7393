import { z } from "zod";
import { callControl } from "../run/control-client";

const itemSchema = z.object({
  itemId: z.number().int(),
  customSku: z.string(),
  description: z.string(),
  defaultPrice: z.number(),
  archived: z.boolean(),
});
const itemShopSchema = z.object({ itemId: z.number().int(), shopId: z.number().int(), qoh: z.number().int() });
const customerSchema = z.object({
  customerId: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  archived: z.boolean(),
  emails: z.array(z.object({ address: z.string() })),
  phones: z.array(z.object({ number: z.string() })),
});
const saleSchema = z.object({ saleId: z.number().int(), referenceNumber: z.string(), total: z.number() });

export type LightspeedItemView = z.output<typeof itemSchema>;
export type LightspeedCustomerView = z.output<typeof customerSchema>;

export type TillSaleInput = {
  shopID: number;
  customerID?: number;
  lines: Array<{ itemID: number; quantity: number }>;
};

/** The Lightspeed sandbox's control API, as the traffic generator uses it (answers parsed with zod). */
export function lightspeedControl(baseUrl: string) {
  return {
    items: () => callControl("GET", `${baseUrl}/items`, z.array(itemSchema)),
    /** Stock rows per item and shop (the shopID-0 summary rows included). */
    itemShops: () => callControl("GET", `${baseUrl}/item-shops`, z.array(itemShopSchema)),
    customers: () => callControl("GET", `${baseUrl}/customers`, z.array(customerSchema)),
    /** Every non-empty Sale.referenceNumber: how the portal marks the sales it posted for online orders. */
    saleReferences: async (): Promise<Set<string>> => {
      const sales = await callControl("GET", `${baseUrl}/sales`, z.array(saleSchema));
      return new Set(sales.map((sale) => sale.referenceNumber).filter((reference) => reference !== ""));
    },
    /** A sale rung up at the register (not through the API). */
    tillSale: (input: TillSaleInput) => callControl("POST", `${baseUrl}/till-sale`, saleSchema, input),
  };
}

export type LightspeedControl = ReturnType<typeof lightspeedControl>;
