import { z } from "zod";

const answerSchema = z.object({
  errors: z.array(z.object({ extensions: z.object({ code: z.string().optional() }).optional() })).optional(),
  extensions: z.object({ cost: z.object({ actualQueryCost: z.number().nullable() }) }).optional(),
});

export type ShopifyCostWatch = {
  /** Give this to the Shopify client: it answers as fetch does, and counts what each answer says. */
  fetch: typeof fetch;
  totals: () => { calls: number; pointsCharged: number; throttled: number; rateLimited: number };
};

/** Counts the points Shopify charged (`actualQueryCost`), THROTTLED answers and 429s, as the client sees them. */
export function watchShopifyCosts(): ShopifyCostWatch {
  const totals = { calls: 0, pointsCharged: 0, throttled: 0, rateLimited: 0 };
  return {
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      if (!String(input).endsWith("/graphql.json")) return response;
      totals.calls += 1;
      if (response.status === 429) totals.rateLimited += 1;
      const parsed = answerSchema.safeParse(await response.clone().json().catch(() => null));
      if (parsed.success) {
        totals.pointsCharged += parsed.data.extensions?.cost.actualQueryCost ?? 0;
        if (parsed.data.errors?.some((error) => error.extensions?.code === "THROTTLED")) totals.throttled += 1;
      }
      return response;
    },
    totals: () => ({ ...totals }),
  };
}
