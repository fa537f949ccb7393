import { LightspeedNetworkError, LightspeedTimeoutError } from "./lightspeed-errors";

/**
 * What a failed fetch (or a failed body read) means. A caller's own abort is passed through untouched; a time-out
 * or a dropped connection becomes an ambiguous Lightspeed error, since the request may already have been applied.
 */
export function fetchFailure(error: unknown, what: string, callerSignal: AbortSignal | undefined): unknown {
  if (callerSignal?.aborted) return callerSignal.reason;
  const name = error instanceof Error ? error.name : "";
  if (name === "TimeoutError") return new LightspeedTimeoutError(`${what}: no answer in time`, error);
  const message = error instanceof Error ? error.message : String(error);
  return new LightspeedNetworkError(`${what}: ${message}`, error);
}

/** The caller's signal (if any) joined with a time limit of its own for one attempt. */
export function attemptSignal(timeoutMs: number, callerSignal: AbortSignal | undefined): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  return callerSignal ? AbortSignal.any([timeout, callerSignal]) : timeout;
}

/** Reads a body as JSON: undefined when empty; the raw text when it is not JSON (an HTML error page, say). */
export async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === "") return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed;
  } catch {
    return text;
  }
}
