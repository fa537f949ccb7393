import Stripe from "stripe";

export type StripeConnectorErrorCode =
  | "not_found"
  | "idempotency_conflict"
  | "idempotency_key_in_use"
  | "rate_limited"
  | "authentication"
  | "permission"
  | "invalid_request"
  | "api_error"
  | "connection"
  | "unexpected_response";

/** Codes worth another attempt later (with the same idempotency key, for writes). */
const RETRYABLE: ReadonlySet<StripeConnectorErrorCode> = new Set([
  "idempotency_key_in_use",
  "rate_limited",
  "api_error",
  "connection",
]);

/** Every failure of a Stripe call, with a code the caller can branch on instead of the SDK's class zoo. */
export class StripeConnectorError extends Error {
  readonly code: StripeConnectorErrorCode;
  readonly retryable: boolean;
  readonly statusCode: number | undefined;
  readonly stripeCode: string | undefined;
  readonly requestId: string | undefined;

  constructor(
    code: StripeConnectorErrorCode,
    message: string,
    details: { statusCode?: number; stripeCode?: string; requestId?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
    this.name = "StripeConnectorError";
    this.code = code;
    this.retryable = RETRYABLE.has(code);
    this.statusCode = details.statusCode;
    this.stripeCode = details.stripeCode;
    this.requestId = details.requestId;
  }
}

function codeFor(error: Stripe.errors.StripeError): StripeConnectorErrorCode {
  if (error instanceof Stripe.errors.StripeConnectionError) return "connection";
  // A key still in flight is a 409 idempotency_error, which the SDK classes as a StripeAPIError.
  if (error.rawType === "idempotency_error") {
    return error.statusCode === 409 ? "idempotency_key_in_use" : "idempotency_conflict";
  }
  if (error instanceof Stripe.errors.StripeRateLimitError || error.statusCode === 429) return "rate_limited";
  if (error instanceof Stripe.errors.StripeAuthenticationError || error.statusCode === 401) return "authentication";
  if (error instanceof Stripe.errors.StripePermissionError || error.statusCode === 403) return "permission";
  if (error.statusCode === 404 || error.code === "resource_missing") return "not_found";
  if (error.statusCode !== undefined && error.statusCode >= 500) return "api_error";
  if (error instanceof Stripe.errors.StripeAPIError) return "api_error";
  return "invalid_request";
}

/** Turns whatever the SDK threw into a StripeConnectorError (unknown throwables become `connection`). */
export function toStripeConnectorError(error: unknown): StripeConnectorError {
  if (error instanceof StripeConnectorError) return error;
  if (error instanceof Stripe.errors.StripeError) {
    return new StripeConnectorError(codeFor(error), error.message, {
      statusCode: error.statusCode,
      stripeCode: error.code,
      requestId: error.requestId,
      cause: error,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new StripeConnectorError("connection", message, { cause: error });
}
