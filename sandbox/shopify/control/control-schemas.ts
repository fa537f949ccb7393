import { z } from "zod";

const id = z.union([z.string().min(1), z.number().int().positive()]);

export const storeSeedSchema = z.object({
  domain: z.string().regex(/^[a-z0-9][a-z0-9-]*\.myshopify\.com$/, "a myshopify.com domain"),
  accessToken: z.string().min(1),
  name: z.string().optional(),
  currency: z.string().length(3).default("USD"),
  /** The app's client secret for this store (custom apps have one per store); default: the sandbox's. */
  webhookSecret: z.string().min(1).optional(),
  /** Ids (numbers or gids) may be given, so a store can mirror one the portal already knows; new ones otherwise. */
  locations: z.array(z.object({ id: id.optional(), name: z.string().min(1) })).min(1).default([{ name: "Shop location" }]),
  products: z
    .array(
      z.object({
        id: id.optional(),
        title: z.string().min(1),
        vendor: z.string().default("Tillbridge"),
        variants: z
          .array(
            z.object({
              id: id.optional(),
              inventoryItemId: id.optional(),
              title: z.string().default("Default Title"),
              sku: z.string().nullable().default(null),
              price: z.string().regex(/^\d+\.\d{2}$/).default("10.00"),
              grams: z.number().int().min(0).default(0),
              tracked: z.boolean().default(true),
              /** `available` at the first location, or per location name; unnamed locations do not stock it. */
              available: z.union([z.number().int(), z.record(z.string(), z.number().int())]).default(0),
            }),
          )
          .min(1),
      }),
    )
    .default([]),
  throttle: z.object({ maximumAvailable: z.number().positive().optional(), restoreRate: z.number().positive().optional() }).optional(),
});
export type StoreSeed = z.input<typeof storeSeedSchema>;

export const orderInputSchema = z.object({
  lines: z
    .array(
      z.object({
        variantId: id.optional(),
        sku: z.string().optional(),
        quantity: z.number().int().min(1),
        price: z.string().regex(/^\d+\.\d{2}$/).optional(),
      }),
    )
    .min(1),
  email: z.string().trim().toLowerCase().pipe(z.email()).nullish(),
  phone: z.string().nullish(),
  customer: z.object({ firstName: z.string().optional(), lastName: z.string().optional() }).optional(),
  /** A point-of-sale order at this location (sets location_id); online orders leave it out. */
  locationId: id.optional(),
  /** As orderCreate's inventoryBehaviour: an online checkout obeys the policy (refuses to oversell). */
  inventoryBehaviour: z.enum(["decrement_obeying_policy", "decrement_ignoring_policy", "bypass"]).default("decrement_obeying_policy"),
  financialStatus: z.enum(["paid", "pending"]).default("paid"),
});
export type OrderInput = z.input<typeof orderInputSchema>;

export const refundInputSchema = z.object({
  orderId: id,
  lines: z
    .array(
      z.object({
        lineItemId: id.optional(),
        sku: z.string().optional(),
        quantity: z.number().int().min(1),
        restockType: z.enum(["no_restock", "cancel", "return", "legacy_restock"]).default("no_restock"),
        locationId: id.optional(),
      }),
    )
    .min(1),
  note: z.string().nullish(),
});
export type RefundInput = z.input<typeof refundInputSchema>;

export const levelEditSchema = z
  .object({
    inventoryItemId: id.optional(),
    variantId: id.optional(),
    sku: z.string().optional(),
    locationId: id.optional(),
    available: z.number().int().optional(),
    delta: z.number().int().optional(),
  })
  .refine((edit) => (edit.available === undefined) !== (edit.delta === undefined), "give exactly one of available or delta");
export type LevelEdit = z.input<typeof levelEditSchema>;

export const settingsSchema = z.object({
  timeScale: z.number().positive().optional(),
  bulkOperationDurationMs: z.number().min(0).optional(),
  inventoryPayloadDelayMs: z.number().min(0).optional(),
  defaultWebhookTarget: z.string().url().nullable().optional(),
  /** Applied to every store's bucket (and to stores seeded later). */
  throttle: z.object({ maximumAvailable: z.number().positive().optional(), restoreRate: z.number().positive().optional() }).optional(),
});
export type SandboxSettingsInput = z.input<typeof settingsSchema>;
