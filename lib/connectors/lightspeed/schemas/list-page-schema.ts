import { z } from "zod";
import { asArray } from "./normalise-json";

const bodySchema = z.record(z.string(), z.unknown());
const attributesSchema = z.object({ next: z.string().optional() }).optional();

/** Runs `schema` on one part of a body, passing its issues up under `path`. */
function parsePart<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  path: string,
  context: z.RefinementCtx,
): z.output<Schema> | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    context.addIssue({ code: "custom", message: issue.message, path: [path, ...issue.path.map(String)] });
  }
  return undefined;
}

/**
 * A page of a list endpoint: `{"@attributes":{"next":"<url>","previous":"<url>"},"Item":[…]}`. The records sit
 * under the resource's name (absent when there are none, a bare object when there is one); an empty `next` means
 * the last page.
 */
export function listPageSchema<Record extends z.ZodType>(resource: string, record: Record) {
  const recordsSchema = asArray(record);
  return bodySchema.transform((body, context) => {
    const attributes = parsePart(attributesSchema, body["@attributes"], "@attributes", context);
    const records = parsePart(recordsSchema, body[resource], resource, context) ?? [];
    const next = attributes?.next;
    return { records, next: next === undefined || next === "" ? null : next };
  });
}

/** One record under its resource's name, as a single GET, a POST or a refund answers: `{"Sale":{…}}`. */
export function singleRecordSchema<Record extends z.ZodType>(resource: string, record: Record) {
  return bodySchema.transform((body, context): z.output<Record> => {
    const parsed = parsePart(record, body[resource], resource, context);
    return parsed === undefined ? z.NEVER : parsed;
  });
}
