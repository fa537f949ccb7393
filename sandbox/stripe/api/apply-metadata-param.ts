import type { Metadata } from "../stripe-objects";
import type { FormValue } from "./parse-form-params";
import { invalidParameter } from "./stripe-api-error";

/**
 * Stripe's metadata update rules: keys given are set, a key set to "" is removed, others are kept; `metadata=""`
 * clears everything. Limits: 50 keys, key ≤40 characters without brackets, value ≤500 characters.
 */
export function applyMetadataParam(current: Metadata, value: FormValue): Metadata {
  if (value === "") return {};
  if (typeof value !== "object" || Array.isArray(value)) {
    throw invalidParameter("metadata", "Invalid metadata: metadata must be a hash of keys and values");
  }
  const next: Metadata = { ...current };
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry !== "string") throw invalidParameter(`metadata[${key}]`, `Invalid string: metadata[${key}]`);
    if (key.length > 40) {
      throw invalidParameter(`metadata[${key}]`, `Metadata keys can have up to 40 characters, but you passed in a key that is ${key.length} characters.`);
    }
    if (entry.length > 500) {
      throw invalidParameter(`metadata[${key}]`, `Metadata values can have up to 500 characters, but you passed in a value that is ${entry.length} characters.`);
    }
    if (entry === "") delete next[key];
    else next[key] = entry;
  }
  if (Object.keys(next).length > 50) {
    throw invalidParameter("metadata", "You can have up to 50 metadata keys.");
  }
  return next;
}

/** `previous_attributes.metadata` as Stripe reports it: the old value of each changed key, null for an added one. */
export function previousMetadata(before: Metadata, after: Metadata): Record<string, string | null> {
  const previous: Record<string, string | null> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (before[key] !== after[key]) previous[key] = before[key] ?? null;
  }
  return previous;
}
