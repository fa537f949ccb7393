import { z } from "zod";
import { booleanish, id, optionalText } from "./normalise-json";

/** A payment type (cash, credit card, …, or a user-defined one such as "Shopify"). */
export const paymentTypeSchema = z
  .object({
    paymentTypeID: id,
    name: z.string(),
    type: optionalText,
    requireCustomer: booleanish.optional(),
    archived: booleanish.optional(),
  })
  .transform((raw) => ({
    paymentTypeId: raw.paymentTypeID,
    name: raw.name,
    type: raw.type,
    requireCustomer: raw.requireCustomer ?? false,
    archived: raw.archived ?? false,
  }));

export type LightspeedPaymentType = z.output<typeof paymentTypeSchema>;
