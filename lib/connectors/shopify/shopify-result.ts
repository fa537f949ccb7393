/** Why a call to Shopify did not give what was asked. Every operation returns these; none throws for them. */
export type ShopifyFailure =
  /** The cost bucket stayed too low through every attempt. */
  | { code: "THROTTLED"; message: string }
  /** HTTP 429 through every attempt. */
  | { code: "RATE_LIMITED"; message: string; status: number }
  | { code: "UNAUTHORIZED"; message: string; status: number }
  | { code: "HTTP_ERROR"; message: string; status: number }
  | { code: "NETWORK_ERROR"; message: string }
  | { code: "TIMEOUT"; message: string }
  /** The query costs more than Shopify allows in one request, or more than this store's bucket holds. */
  | { code: "MAX_COST_EXCEEDED"; message: string; cost: number }
  | { code: "GRAPHQL_ERROR"; message: string; errors: { message: string; code: string | null }[] }
  | { code: "INVALID_RESPONSE"; message: string }
  | { code: "USER_ERRORS"; message: string; userErrors: ShopifyUserError[] }
  | { code: "BULK_OPERATION_FAILED"; message: string; status: string; errorCode: string | null };

export type ShopifyUserError = { field: string[] | null; message: string; code: string | null };

export type ShopifyResult<T> = { ok: true; value: T } | { ok: false; error: ShopifyFailure };

export function succeed<T>(value: T): ShopifyResult<T> {
  return { ok: true, value };
}

export function fail<T>(error: ShopifyFailure): ShopifyResult<T> {
  return { ok: false, error };
}
