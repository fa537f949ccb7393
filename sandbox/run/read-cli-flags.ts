import { parseArgs } from "node:util";
import { z } from "zod";

/**
 * Reads `--name value` / `--name=value` flags from argv with zod: every key of `schema` is a string flag, and the
 * schema turns the strings into what the program needs. Throws with a readable message (unknown flag, bad value).
 */
export function readCliFlags<Shape extends z.ZodRawShape>(
  argv: readonly string[],
  schema: z.ZodObject<Shape>,
): z.output<z.ZodObject<Shape>> {
  const options = Object.fromEntries(Object.keys(schema.shape).map((name) => [name, { type: "string" as const }]));
  const { values } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false });
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`);
  throw new Error(problems.join("\n"));
}

/** "a,b,c" → ["a", "b", "c"] (blank entries dropped). */
export const commaList = z.string().transform((value) =>
  value
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== ""),
);
