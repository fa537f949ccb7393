import { createStripeConnection, type StripeConnection } from "@/lib/connectors/stripe";
import type { StripeSandbox } from "@/sandbox/stripe";

export const TEST_SECRET_KEY = "sk_test_tillbridgeContract0001";

/** The connector pointed at the sandbox, with retries off unless a test turns them on. */
export function connectToSandbox(
  sandbox: StripeSandbox,
  options: { maxNetworkRetries?: number; timeoutMs?: number; secretKey?: string } = {},
): StripeConnection {
  return createStripeConnection({
    secretKey: options.secretKey ?? TEST_SECRET_KEY,
    apiBase: sandbox.apiBase,
    maxNetworkRetries: options.maxNetworkRetries ?? 0,
    timeoutMs: options.timeoutMs ?? 5_000,
  });
}
