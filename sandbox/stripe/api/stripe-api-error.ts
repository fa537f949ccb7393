import type { JsonObject } from "../json";

/**
 * An error answer in Stripe's shape, `{"error": {type, code?, message, param?, doc_url?}}`. `storable` is false for
 * errors raised before the endpoint starts (validation, auth, idempotency): Stripe keeps no idempotent result for
 * those, so a corrected retry with the same key runs.
 */
export class StripeApiError extends Error {
  readonly status: number;
  readonly error: JsonObject;
  readonly storable: boolean;
  readonly headers: Record<string, string>;

  constructor(status: number, error: JsonObject, options: { storable?: boolean; headers?: Record<string, string> } = {}) {
    super(typeof error.message === "string" ? error.message : "Stripe error");
    this.status = status;
    this.error = error;
    this.storable = options.storable ?? false;
    this.headers = options.headers ?? {};
  }
}

const DOCS = "https://stripe.com/docs/error-codes";

export function resourceMissing(kind: string, id: string, param = "id"): StripeApiError {
  return new StripeApiError(
    404,
    {
      code: "resource_missing",
      doc_url: `${DOCS}/resource-missing`,
      message: `No such ${kind}: '${id}'`,
      param,
      type: "invalid_request_error",
    },
    { storable: true },
  );
}

export function unknownParameter(param: string): StripeApiError {
  return new StripeApiError(400, {
    code: "parameter_unknown",
    doc_url: `${DOCS}/parameter-unknown`,
    message: `Received unknown parameter: ${param}`,
    param,
    type: "invalid_request_error",
  });
}

export function invalidParameter(param: string, message: string): StripeApiError {
  return new StripeApiError(400, {
    code: "parameter_invalid_string",
    doc_url: `${DOCS}/parameter-invalid-string`,
    message,
    param,
    type: "invalid_request_error",
  });
}

export function cannotExpand(path: string): StripeApiError {
  return new StripeApiError(400, { message: `This property cannot be expanded (${path}).`, type: "invalid_request_error" });
}

export function unrecognizedUrl(method: string, path: string): StripeApiError {
  return new StripeApiError(404, {
    message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
    type: "invalid_request_error",
  });
}

export function missingApiKey(): StripeApiError {
  return new StripeApiError(401, {
    message:
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
    type: "invalid_request_error",
  });
}

export function invalidApiKey(key: string): StripeApiError {
  const shown = key.length > 12 ? `${key.slice(0, 8)}${"*".repeat(Math.max(4, key.length - 12))}${key.slice(-4)}` : key;
  return new StripeApiError(401, { message: `Invalid API Key provided: ${shown}`, type: "invalid_request_error" });
}

export function invalidApiVersion(version: string): StripeApiError {
  return new StripeApiError(400, { message: `Invalid Stripe API version: ${version}`, type: "invalid_request_error" });
}

export function idempotencyParamsMismatch(key: string): StripeApiError {
  return new StripeApiError(400, {
    message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
    type: "idempotency_error",
  });
}

export function idempotencyEndpointMismatch(key: string, path: string, firstPath: string): StripeApiError {
  return new StripeApiError(400, {
    message: `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${path}' vs '${firstPath}'). Try using a key other than '${key}' if you meant to execute a different request.`,
    type: "idempotency_error",
  });
}

export function idempotencyKeyInUse(key: string): StripeApiError {
  return new StripeApiError(409, {
    code: "idempotency_key_in_use",
    message: `There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through): ${key}. Please try again later.`,
    type: "idempotency_error",
  });
}

export const rateLimitErrorBody: JsonObject = {
  error: {
    code: "rate_limit",
    doc_url: `${DOCS}/rate-limit`,
    message: "Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.",
    type: "invalid_request_error",
  },
};

export const apiErrorBody: JsonObject = { error: { message: "An unknown error occurred", type: "api_error" } };
