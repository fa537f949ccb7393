import type { z } from "zod";
import { StripeConnectorError, toStripeConnectorError } from "./stripe-connector-error";

/**
 * Runs one SDK call and parses its answer with `schema`: errors come out as StripeConnectorError, and a response
 * that does not have the shape the portal relies on is an `unexpected_response`, not a silently wrong object.
 */
export async function requestStripe<Schema extends z.ZodType>(
  what: string,
  schema: Schema,
  call: () => Promise<unknown>,
): Promise<z.output<Schema>> {
  let response: unknown;
  try {
    response = await call();
  } catch (error) {
    throw toStripeConnectorError(error);
  }
  const parsed = schema.safeParse(response);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new StripeConnectorError("unexpected_response", `${what}: unexpected response (${issues})`);
  }
  return parsed.data;
}
