export type LightspeedErrorCode =
  | "http"
  | "rate_limited"
  | "auth"
  | "network"
  | "timeout"
  | "unexpected_response"
  | "write_outcome_unknown";

/**
 * Base of every failure the Lightspeed connector throws. `retryable` says whether the same call may be tried again
 * later; `ambiguous` says the request may have been applied even though no answer came back (a write must then be
 * looked up before it is sent again).
 */
export class LightspeedError extends Error {
  readonly code: LightspeedErrorCode;
  readonly retryable: boolean;
  readonly ambiguous: boolean;

  constructor(
    code: LightspeedErrorCode,
    message: string,
    flags: { retryable: boolean; ambiguous: boolean; cause?: unknown },
  ) {
    super(message, { cause: flags.cause });
    this.name = "LightspeedError";
    this.code = code;
    this.retryable = flags.retryable;
    this.ambiguous = flags.ambiguous;
  }
}

/** A non-2xx answer. 5xx is ambiguous for a write (the API may have applied it before failing). */
export class LightspeedHttpError extends LightspeedError {
  readonly status: number;
  readonly method: string;
  readonly path: string;
  /** Lightspeed's own `message` from the error body, when there was one. */
  readonly apiMessage: string | undefined;

  constructor(details: {
    status: number;
    method: string;
    path: string;
    apiMessage?: string;
    code?: LightspeedErrorCode;
  }) {
    const serverSide = details.status >= 500;
    const reason = details.apiMessage ? `: ${details.apiMessage}` : "";
    super(details.code ?? "http", `Lightspeed ${details.method} ${details.path} answered ${details.status}${reason}`, {
      retryable: serverSide || details.status === 429,
      ambiguous: serverSide,
    });
    this.name = "LightspeedHttpError";
    this.status = details.status;
    this.method = details.method;
    this.path = details.path;
    this.apiMessage = details.apiMessage;
  }
}

/** A 429. The request was refused before it was processed, so it is never ambiguous. */
export class LightspeedRateLimited extends LightspeedHttpError {
  readonly retryAfterSeconds: number;
  /** `api-leaky-bucket` or `api-burst-limiter` (X-LS-API-RateLimit-Type), when the API said which. */
  readonly limitType: string | undefined;

  constructor(details: {
    method: string;
    path: string;
    retryAfterSeconds: number;
    limitType?: string;
    apiMessage?: string;
  }) {
    const { method, path, apiMessage } = details;
    super({ status: 429, method, path, apiMessage, code: "rate_limited" });
    this.name = "LightspeedRateLimited";
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.limitType = details.limitType;
  }
}

/** The refresh token was refused, or the API still answers 401 after a fresh access token: a person must reconnect. */
export class LightspeedAuthError extends LightspeedError {
  constructor(message: string, cause?: unknown) {
    super("auth", message, { retryable: false, ambiguous: false, cause });
    this.name = "LightspeedAuthError";
  }
}

/** The connection failed or dropped before a full answer arrived: the request may or may not have been applied. */
export class LightspeedNetworkError extends LightspeedError {
  constructor(message: string, cause?: unknown) {
    super("network", message, { retryable: true, ambiguous: true, cause });
    this.name = "LightspeedNetworkError";
  }
}

/** No answer within the time limit: as ambiguous as a dropped connection. */
export class LightspeedTimeoutError extends LightspeedError {
  constructor(message: string, cause?: unknown) {
    super("timeout", message, { retryable: true, ambiguous: true, cause });
    this.name = "LightspeedTimeoutError";
  }
}

/** A 2xx answer whose body does not have the shape the connector relies on. */
export class LightspeedUnexpectedResponse extends LightspeedError {
  constructor(message: string) {
    super("unexpected_response", message, { retryable: false, ambiguous: false });
    this.name = "LightspeedUnexpectedResponse";
  }
}

/**
 * A write (a sale or a refund) failed ambiguously, and after looking it up and trying again within the allowed
 * attempts its outcome is still unknown. Safe to call again later: the operation looks the reference up first.
 */
export class LightspeedWriteOutcomeUnknown extends LightspeedError {
  readonly referenceNumber: string;

  constructor(referenceNumber: string, cause?: unknown) {
    super("write_outcome_unknown", `Lightspeed write ${referenceNumber}: outcome unknown after ambiguous failures`, {
      retryable: true,
      ambiguous: true,
      cause,
    });
    this.name = "LightspeedWriteOutcomeUnknown";
    this.referenceNumber = referenceNumber;
  }
}
