import { z } from "zod";

/**
 * One customer as the search shows it, ready to display (money and times already in the shop's format).
 * Shared by the search route, which answers it, and the search box, which parses it.
 */
export const customerSearchResultSchema = z.object({
  id: z.number().int().positive(),
  href: z.string().startsWith("/customers/"),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  channels: z.array(z.object({ key: z.string(), channel: z.enum(["in_store", "shopify", "stripe"]), label: z.string() })),
  orderCount: z.number().int().nonnegative(),
  lifetimeValue: z.string(),
  lastVisit: z.string().nullable(),
  matchedViaMerged: z.boolean(),
});

export const customerSearchResponseSchema = z.object({
  query: z.string(),
  results: z.array(customerSearchResultSchema),
});

export type CustomerSearchResult = z.infer<typeof customerSearchResultSchema>;
export type CustomerSearchResponse = z.infer<typeof customerSearchResponseSchema>;
