import { z } from "zod";

/** The parts of a GraphQL answer the connector reads; `data` is parsed later by each operation's own schema. */
export const throttleStatusSchema = z.object({
  maximumAvailable: z.number(),
  currentlyAvailable: z.number(),
  restoreRate: z.number(),
});

export const queryCostSchema = z.object({
  requestedQueryCost: z.number(),
  actualQueryCost: z.number().nullable(),
  throttleStatus: throttleStatusSchema,
});
export type QueryCost = z.infer<typeof queryCostSchema>;

export const graphqlErrorSchema = z
  .object({
    message: z.string(),
    extensions: z.object({ code: z.string().optional() }).loose().optional(),
  })
  .loose();

export const graphqlEnvelopeSchema = z.object({
  data: z.unknown().optional(),
  // Shopify answers some failures with a bare string here.
  errors: z.union([z.array(graphqlErrorSchema), z.string(), z.record(z.string(), z.unknown())]).optional(),
  extensions: z.object({ cost: queryCostSchema.optional() }).loose().optional(),
});
