export type * from "./lightspeed-adapter";
export type { LightspeedConfig, LightspeedTokenStore } from "./lightspeed-config";
export type { RateBudgetSnapshot } from "./rate-budget";
export {
  LightspeedAuthError,
  LightspeedError,
  LightspeedHttpError,
  LightspeedNetworkError,
  LightspeedRateLimited,
  LightspeedTimeoutError,
  LightspeedUnexpectedResponse,
  LightspeedWriteOutcomeUnknown,
  type LightspeedErrorCode,
} from "./lightspeed-errors";
export { createRSeriesAdapter } from "./r-series/create-r-series-adapter";
