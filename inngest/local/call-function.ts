import { z } from "zod";
import { canonicalJson } from "./canonical-json";
import { signBody, verifySignature } from "./request-signature";
import { stepOpSchema, toSerializedError, type SerializedError, type StepOp } from "./step-op";
import { parseRetryAfter } from "./time-string";

export type CallRequest = {
  /** The function's URL as synced (the serve endpoint with `fnId` and `stepId`). */
  url: string;
  functionId: string;
  /** `"step"` for a discovery call, or the hashed id of the step to run. */
  stepId: string;
  runId: string;
  event: Record<string, unknown>;
  events: Record<string, unknown>[];
  steps: Record<string, unknown>;
  stack: string[];
  attempt: number;
  maxAttempts: number;
  disableImmediateExecution: boolean;
  /** The execution version the SDK chose earlier in this run, if any. */
  requestVersion: number | null;
};

export type CallResult =
  | { kind: "completed"; output: unknown }
  | { kind: "ops"; ops: StepOp[]; requestVersion: number | null; retryAfter: Date | null }
  | { kind: "error"; retriable: boolean; retryAfter: Date | null; error: SerializedError }
  /** Nothing listens at the app's URL (it is down or restarting): no code ran, so no attempt is spent. */
  | { kind: "unreachable"; error: SerializedError }
  | { kind: "aborted" };

/**
 * One Call Request (SDK spec §4.4): a signed `POST` of the run's event and memoised steps. The answer is a final
 * 200 (the function's return value), a 206 with step ops, or an error whose `X-Inngest-No-Retry` and
 * `Retry-After` headers decide the retry. Answers that claim success must carry the SDK's signature made with
 * the same key, so the engine only takes results from the app that holds it.
 */
export async function callFunction(
  request: CallRequest,
  params: { signingKey: string; now: () => Date; timeoutMs: number; signal?: AbortSignal },
): Promise<CallResult> {
  const url = new URL(request.url);
  url.searchParams.set("fnId", request.functionId);
  url.searchParams.set("stepId", request.stepId);
  const body = canonicalJson({
    event: request.event,
    events: request.events,
    steps: request.steps,
    ctx: {
      run_id: request.runId,
      attempt: request.attempt,
      max_attempts: request.maxAttempts,
      disable_immediate_execution: request.disableImmediateExecution,
      use_api: false,
      stack: { stack: request.stack, current: Math.max(0, request.stack.length - 1) },
    },
    ...(request.requestVersion === null ? {} : { version: request.requestVersion }),
  });
  const signals = [AbortSignal.timeout(params.timeoutMs), ...(params.signal ? [params.signal] : [])];
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method: "POST",
      body,
      headers: {
        "content-type": "application/json",
        "x-inngest-signature": signBody(body, params.signingKey, params.now()),
        "x-inngest-server-kind": "cloud",
        "x-run-id": request.runId,
        ...(request.requestVersion === null ? {} : { "x-inngest-req-version": String(request.requestVersion) }),
      },
      signal: AbortSignal.any(signals),
    });
    text = await response.text();
  } catch (error) {
    if (params.signal?.aborted) return { kind: "aborted" };
    if (connectionRefused(error)) return { kind: "unreachable", error: { name: "EngineCallError", message: `the app is not reachable: ${describe(error)}` } };
    return { kind: "error", retriable: true, retryAfter: null, error: { name: "EngineCallError", message: `calling the app failed: ${describe(error)}` } };
  }
  const retryAfter = parseRetryAfter(response.headers.get("retry-after"), params.now());
  if (response.status === 200 || response.status === 206) {
    if (!verifySignature(text, response.headers.get("x-inngest-signature"), params.signingKey, params.now())) {
      return { kind: "error", retriable: true, retryAfter, error: { name: "EngineCallError", message: "the app's answer is not signed with the engine's signing key" } };
    }
    const json = parseJson(text);
    if (!json.ok) return { kind: "error", retriable: true, retryAfter, error: { name: "EngineCallError", message: "the app answered with malformed JSON" } };
    if (response.status === 200) return { kind: "completed", output: json.value };
    const ops = z.union([z.array(stepOpSchema), stepOpSchema.transform((op) => [op])]).safeParse(json.value);
    if (!ops.success) return { kind: "error", retriable: true, retryAfter, error: { name: "EngineCallError", message: `the app answered with unreadable step ops: ${ops.error.message}` } };
    const version = Number(response.headers.get("x-inngest-req-version"));
    return { kind: "ops", ops: ops.data, requestVersion: Number.isInteger(version) && version > 0 ? version : null, retryAfter };
  }
  const noRetry = response.headers.get("x-inngest-no-retry") === "true";
  const json = parseJson(text);
  const error = toSerializedError(json.ok ? json.value : text, `the app answered HTTP ${response.status}`);
  return { kind: "error", retriable: !noRetry, retryAfter, error };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === "") return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function connectionRefused(error: unknown): boolean {
  const cause = error instanceof Error ? error.cause : undefined;
  return typeof cause === "object" && cause !== null && "code" in cause && (cause.code === "ECONNREFUSED" || cause.code === "ENOTFOUND");
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
  return String(error);
}
