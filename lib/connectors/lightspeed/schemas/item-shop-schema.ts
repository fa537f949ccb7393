import { z } from "zod";
import { id, numeric, optionalNumeric, timestamp } from "./normalise-json";

/** Stock of one item in one shop. shopID "0" is the all-shops summary row. */
export const itemShopSchema = z
  .object({
    itemShopID: id,
    itemID: id,
    shopID: id,
    qoh: numeric,
    sellable: optionalNumeric.optional(),
    backorder: optionalNumeric.optional(),
    reorderPoint: optionalNumeric.optional(),
    reorderLevel: optionalNumeric.optional(),
    timeStamp: timestamp,
  })
  .transform((raw) => ({
    itemShopId: raw.itemShopID,
    itemId: raw.itemID,
    shopId: raw.shopID,
    qoh: raw.qoh,
    sellable: raw.sellable ?? null,
    backorder: raw.backorder ?? null,
    reorderPoint: raw.reorderPoint ?? null,
    reorderLevel: raw.reorderLevel ?? null,
    timeStamp: raw.timeStamp,
  }));

export type LightspeedItemShop = z.output<typeof itemShopSchema>;
