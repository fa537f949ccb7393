import { z } from "zod";

/**
 * Stripe keeps the first result of a POST under its `Idempotency-Key` (≤255 characters) for at least 24 h.
 * Every write in this connector requires one: derive it from the business action (e.g. `ls-sale:<saleId>`), never
 * a random value, so a retried step writes once.
 */
export const idempotencyKeySchema = z.string().trim().min(1).max(255);
