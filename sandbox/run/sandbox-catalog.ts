import { z } from "zod";
import { shopifyDomainSchema } from "./sandbox-connection";

const positiveId = z.number().int().positive();
const shopifyGid = (type: string) => z.string().regex(new RegExp(`^gid://shopify/${type}/\\d+$`), `a ${type} gid`);

/**
 * What to load into the sandbox: a Lightspeed account (shops, items with their stock per shop, customers) and the
 * Shopify stores (one location each, products, variants with `available`). Ids are kept as given; Shopify ids
 * are optional (left out, the sandbox draws its own).
 */
export const sandboxCatalogSchema = z.object({
  lightspeed: z.object({
    shops: z.array(z.object({ shopId: positiveId, name: z.string().min(1), timeZone: z.string().min(1) })).min(1),
    items: z.array(
      z.object({
        itemId: positiveId,
        sku: z.string().min(1),
        description: z.string(),
        priceCents: z.number().int().min(0),
        stock: z.array(
          z.object({
            shopId: positiveId,
            qoh: z.number().int(),
            reorderPoint: z.number().int().min(0).default(0),
            /** ItemShop.timeStamp (ISO); default: now. */
            timeStamp: z.iso.datetime({ offset: true }).optional(),
          }),
        ),
      }),
    ),
    customers: z.array(
      z.object({
        customerId: positiveId,
        firstName: z.string(),
        lastName: z.string(),
        emails: z.array(z.string().min(1)),
        phones: z.array(z.string().min(1)),
      }),
    ),
  }),
  shopify: z.array(
    z.object({
      domain: shopifyDomainSchema,
      name: z.string().min(1).optional(),
      currency: z.string().length(3).default("USD"),
      location: z.object({ id: shopifyGid("Location").optional(), name: z.string().min(1) }),
      products: z.array(
        z.object({
          id: shopifyGid("Product").optional(),
          title: z.string().min(1),
          variants: z
            .array(
              z.object({
                id: shopifyGid("ProductVariant").optional(),
                inventoryItemId: shopifyGid("InventoryItem").optional(),
                sku: z.string().nullable(),
                title: z.string().min(1),
                price: z.string().regex(/^\d+\.\d{2}$/),
                available: z.number().int(),
              }),
            )
            .min(1),
        }),
      ),
    }),
  ),
});

export type SandboxCatalog = z.input<typeof sandboxCatalogSchema>;
export type ParsedSandboxCatalog = z.output<typeof sandboxCatalogSchema>;
