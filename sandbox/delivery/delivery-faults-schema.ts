import { z } from "zod";
import type { DeliveryFaults } from "./webhook-delivery";

const probability = z.number().min(0).max(1);

/** The delivery knobs as a control API accepts them (JSON). */
export const deliveryFaultsSchema = z.object({
  duplicateProbability: probability.optional(),
  dropProbability: probability.optional(),
  delayMs: z
    .tuple([z.number().min(0), z.number().min(0)])
    .refine(([min, max]) => min <= max, "delayMs must be [min, max] with min <= max")
    .optional(),
  shuffleWindowMs: z.number().min(0).optional(),
}) satisfies z.ZodType<DeliveryFaults>;
