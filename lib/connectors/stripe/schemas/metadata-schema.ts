import { z } from "zod";
import { nullable } from "./schema-helpers";

/** Stripe metadata as read back: string values only; absent or null reads as {}. */
export const metadataSchema = nullable(z.record(z.string(), z.string())).transform(
  (value): Record<string, string> => value ?? {},
);

/**
 * Metadata as written. Stripe's limits (docs.stripe.com/api/metadata): at most 50 keys, key ≤40 characters without
 * `[` or `]`, value ≤500 characters. An empty string value removes that key; other keys are left as they are.
 */
export const metadataUpdateSchema = z
  .record(
    z
      .string()
      .min(1)
      .max(40)
      .regex(/^[^[\]]+$/, "metadata keys may not contain [ or ]"),
    z.string().max(500),
  )
  .refine((value) => Object.keys(value).length <= 50, "at most 50 metadata keys");
