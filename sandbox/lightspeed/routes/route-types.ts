import type { LightspeedSandboxConfig } from "../sandbox-options";
import type { SandboxState } from "../sandbox-state";

/** One API request as a route sees it, with everything below `/API/V3/Account/{accountID}/` already matched. */
export type ApiRequest = {
  state: SandboxState;
  config: LightspeedSandboxConfig;
  method: string;
  /** The request's own origin (`http://127.0.0.1:port`), for paging links. */
  origin: string;
  pathname: string;
  query: URLSearchParams;
  body: unknown;
  /** Captures of the route's pattern (e.g. the sale id). */
  params: string[];
  now: number;
};

export type RouteResult = { status: number; body: unknown };

export type Route = {
  method: "GET" | "POST" | "PUT";
  /** Matched against the path after `/API/V3/Account/{accountID}/`. */
  pattern: RegExp;
  /** Drips this request costs (computed before it runs, as the bucket is checked first). */
  cost(request: ApiRequest): number;
  handle(request: ApiRequest): RouteResult;
  /** Writes change state: a fault with `applyWrite` applies them before failing. */
  write: boolean;
};
