import { z } from "zod";
import { booleanish, id, nestedList, numeric, optionalText, timestamp } from "./normalise-json";

const itemPriceSchema = z.object({ amount: numeric, useType: optionalText });

/** One R-Series Item. The SKU the shop works with is `customSku`, falling back to the read-only `systemSku`. */
export const itemSchema = z
  .object({
    itemID: id,
    systemSku: optionalText,
    customSku: optionalText,
    manufacturerSku: optionalText,
    upc: optionalText,
    ean: optionalText,
    description: optionalText,
    archived: booleanish,
    timeStamp: timestamp,
    Prices: nestedList("ItemPrice", itemPriceSchema).optional(),
  })
  .transform((raw) => ({
    itemId: raw.itemID,
    sku: raw.customSku ?? raw.systemSku ?? raw.itemID,
    customSku: raw.customSku,
    systemSku: raw.systemSku,
    manufacturerSku: raw.manufacturerSku,
    upc: raw.upc,
    ean: raw.ean,
    description: raw.description ?? "",
    archived: raw.archived,
    /** Item.timeStamp ignores stock changes: poll ItemShop for those. */
    timeStamp: raw.timeStamp,
    defaultPrice: (raw.Prices ?? []).find((price) => price.useType === "Default")?.amount ?? null,
  }));

export type LightspeedItem = z.output<typeof itemSchema>;
