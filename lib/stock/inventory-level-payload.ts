import { z } from "zod";

const id = z.union([z.number().int(), z.string().regex(/^\d+$/)]).transform(String);

/** Shopify's `inventory_levels/update` webhook (REST shape). */
export const inventoryLevelPayloadSchema = z.object({
  inventory_item_id: id,
  location_id: id,
  available: z.number().int().nullable(),
  updated_at: z.string().optional(),
});

export type InventoryLevelPayload = z.infer<typeof inventoryLevelPayloadSchema>;
