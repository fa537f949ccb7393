import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { z } from "zod";

const root = path.dirname(createRequire(import.meta.url).resolve("shopify-webhook-schemas/package.json"));

/** Shopify's payload JSON Schema for a topic and version (shopify-webhook-schemas), as a zod validator. */
export function webhookPayloadValidator(version: string, topic: string): z.ZodType {
  const schema: unknown = JSON.parse(readFileSync(path.join(root, "schemas", version, `${topic}.json`), "utf8"));
  return z.fromJSONSchema(z.record(z.string(), z.unknown()).parse(schema));
}
