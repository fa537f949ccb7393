import type { z } from "zod";

/** A control API answered with a non-2xx status (e.g. 422 when a Shopify order would oversell). */
export class ControlCallError extends Error {
  constructor(
    readonly method: string,
    readonly url: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(`${method} ${url} answered ${status}: ${body.slice(0, 500)}`);
    this.name = "ControlCallError";
  }
}

export type ControlMethod = "GET" | "POST" | "PUT" | "DELETE";

/** One JSON call to a sandbox control API (`/_control/…`), its answer parsed with `schema`. */
export async function callControl<Schema extends z.ZodType>(
  method: ControlMethod,
  url: string,
  schema: Schema,
  body?: unknown,
): Promise<z.output<Schema>> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  if (!response.ok) throw new ControlCallError(method, url, response.status, text);
  const parsed = schema.safeParse(text === "" ? null : JSON.parse(text));
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`${method} ${url}: unexpected answer (${issues.join("; ")})`);
  }
  return parsed.data;
}
