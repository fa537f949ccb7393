import { z } from "zod";

const emailSchema = z.email();

/**
 * An email address as the portal stores and matches it: trimmed and lower-cased.
 * Null when the input is missing, blank or not an email address.
 */
export function normalizeEmail(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const candidate = raw.trim().toLowerCase();
  if (candidate === "") return null;
  return emailSchema.safeParse(candidate).success ? candidate : null;
}
