import type { ServerResponse } from "node:http";
import type { ApiFault } from "./api-faults";

/**
 * Acts out a fault that is decided before the call runs. Returns true when the request has been dealt with
 * (answered or left hanging) and must not run. A lost response is acted out after the call with `loseResponse`.
 */
export function answerFaultBeforeCall(
  response: ServerResponse,
  fault: ApiFault | null,
  bodies: { rateLimit: string; serverError: string },
): boolean {
  if (fault === null || fault.kind === "lost-response") return false;
  if (fault.kind === "timeout") {
    const timer = setTimeout(() => response.socket?.destroy(), fault.hangMs);
    response.on("close", () => clearTimeout(timer));
    return true;
  }
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (fault.kind === "rate-limit") headers["retry-after"] = String(fault.retryAfterSeconds);
  response.writeHead(fault.status, headers);
  response.end(fault.kind === "rate-limit" ? bodies.rateLimit : bodies.serverError);
  return true;
}

/** The call ran, but the caller never hears about it: the connection is cut before any byte of the answer. */
export function loseResponse(response: ServerResponse): void {
  response.socket?.destroy();
}

export function waitMs(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
