import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as delay } from "node:timers/promises";
import { pruneFaults, takeFault, type FaultRule } from "./faults";
import { lightspeedErrorBody, parseRequestBody, readRequestText, sendJson } from "./http-io";
import { authenticate, basicCredentials, handleTokenRequest } from "./oauth";
import { rateLimitHeaders, tooManyRequestsHeaders } from "./rate-limit-headers";
import { findRoute } from "./routes/account-routes";
import type { ApiRequest } from "./routes/route-types";
import { logRequest, type SandboxRuntime } from "./sandbox-runtime";

const ACCOUNT_PATH = /^\/API\/V3\/Account\/(\d+)\/(.+)$/;
const TOKEN_PATH = "/auth/oauth/token";
const RATE_LIMITED = "Rate limit exceeded. Please wait before retrying.";

type Answer = { status: number; body: unknown; headers: Record<string, string> };

/** What the request log records of one request, filled in as the request goes. */
type Logged = {
  method: string;
  path: string;
  query: string;
  cost: number;
  rateLimitType: string | null;
  fault: string | null;
};

/** One API request after its body is read. */
type Incoming = {
  method: string;
  path: string;
  url: URL;
  body: unknown;
  authorization: string | undefined;
  host: string | undefined;
  /** Sandbox clock (record times, token expiry) and real clock (rate limiter). */
  now: number;
  realNow: number;
};

/**
 * One request to the simulated API or token endpoint, in the order R-Series applies things: latency, injected
 * faults that strike before processing, bearer auth, the rate limiter (burst window, then leaky bucket), the
 * endpoint itself, then injected faults that strike after processing (a lost answer, a hang, a 5xx).
 */
export async function handleApiRequest(
  runtime: SandboxRuntime,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const method = (request.method ?? "GET").toUpperCase();
  const path = url.pathname;
  const isApi = path.startsWith("/API/V3/");
  if (!isApi && path !== TOKEN_PATH) {
    sendJson(response, 404, lightspeedErrorBody(404, `No such endpoint: ${path}`));
    return;
  }
  const body = parseRequestBody(await readRequestText(request), request.headers["content-type"]);
  const { latency } = runtime;
  if (latency.ms > 0 || latency.jitterMs > 0) await delay(latency.ms + runtime.config.random() * latency.jitterMs);

  const fault = takeFault(runtime.faults, { method, path, isApi }, runtime.config.random);
  runtime.faults = pruneFaults(runtime.faults);
  const realNow = Date.now();
  const now = runtime.config.now();
  const logged: Logged = { method, path, query: url.search, cost: 0, rateLimitType: null, fault: fault?.kind ?? null };

  if (fault && !fault.applyWrite) {
    failBeforeProcessing(runtime, fault, response, realNow, logged);
    return;
  }

  const { authorization, host } = request.headers;
  let answer: Answer;
  if (isApi) {
    answer = answerApiRequest(runtime, { method, path, url, body, authorization, host, now, realNow }, logged);
  } else {
    const credentials = basicCredentials(authorization);
    const token = handleTokenRequest(runtime.state, runtime.config, body, credentials, now, realNow);
    answer = { status: token.status, body: token.body, headers: token.headers ?? {} };
  }

  if (fault) {
    failAfterProcessing(runtime, fault, response, realNow, logged);
    return;
  }
  logRequest(runtime, { ...logged, status: answer.status, bucketLevel: runtime.bucket.level(realNow) });
  sendJson(response, answer.status, answer.body, answer.headers);
}

function answerApiRequest(runtime: SandboxRuntime, request: Incoming, logged: Logged): Answer {
  const { realNow } = request;
  const error = (status: number, message: string, cost = 0): Answer => ({
    status,
    body: lightspeedErrorBody(status, message),
    headers: rateLimitHeaders(runtime, realNow, cost),
  });
  const auth = authenticate(runtime.state, request.authorization, request.now);
  if (!auth.ok) {
    const answer = error(401, auth.message);
    answer.headers["WWW-Authenticate"] = 'Bearer error="invalid_token"';
    return answer;
  }
  if (request.body === null) return error(400, "The request body is not valid JSON.");

  if (request.path === "/API/V3/Account.json" && request.method === "GET") {
    const account = { accountID: String(runtime.config.accountId), name: "Sandbox Account" };
    return { status: 200, body: { Account: account }, headers: rateLimitHeaders(runtime, realNow, 1) };
  }
  const accountMatch = ACCOUNT_PATH.exec(request.path);
  if (!accountMatch) return error(404, `No such endpoint: ${request.path}`);
  if (Number(accountMatch[1]) !== runtime.config.accountId) return error(403, "You do not have access to this account.");

  const found = findRoute(request.method, accountMatch[2] ?? "");
  const context = (params: string[]): ApiRequest => ({
    state: runtime.state,
    config: runtime.config,
    method: request.method,
    origin: `http://${request.host ?? request.url.host}`,
    pathname: request.path,
    query: request.url.searchParams,
    body: request.body,
    params,
    now: request.now,
  });
  const cost = "route" in found ? found.route.cost(context(found.params)) : 1;
  logged.cost = cost;
  const verdict = runtime.bucket.admit(cost, realNow);
  if (!verdict.allowed) {
    logged.cost = 0;
    logged.rateLimitType = verdict.type;
    return {
      status: 429,
      body: lightspeedErrorBody(429, RATE_LIMITED, "Exception\\RateLimit"),
      headers: {
        ...rateLimitHeaders(runtime, realNow, cost),
        ...tooManyRequestsHeaders(runtime, verdict.retryAfterSeconds, verdict.type),
      },
    };
  }
  if (!("route" in found)) {
    const message = found.status === 405 ? `${request.method} is not allowed here.` : `No such endpoint: ${request.path}`;
    return error(found.status, message, cost);
  }
  const result = found.route.handle(context(found.params));
  return { status: result.status, body: result.body, headers: rateLimitHeaders(runtime, realNow, cost) };
}

function serverError(runtime: SandboxRuntime, response: ServerResponse, status: number, realNow: number, cost: number) {
  const body = lightspeedErrorBody(status, "The server encountered an error.");
  sendJson(response, status, body, rateLimitHeaders(runtime, realNow, cost));
}

function failBeforeProcessing(
  runtime: SandboxRuntime,
  fault: FaultRule,
  response: ServerResponse,
  realNow: number,
  logged: Logged,
): void {
  const bucketLevel = runtime.bucket.level(realNow);
  if (fault.kind === "timeout") {
    logRequest(runtime, { ...logged, status: "hung", bucketLevel });
    return;
  }
  if (fault.kind === "429") {
    logRequest(runtime, { ...logged, status: 429, bucketLevel, rateLimitType: fault.limitType });
    sendJson(response, 429, lightspeedErrorBody(429, RATE_LIMITED, "Exception\\RateLimit"), {
      ...rateLimitHeaders(runtime, realNow, 0),
      ...tooManyRequestsHeaders(runtime, fault.retryAfterSeconds, fault.limitType),
    });
    return;
  }
  const status = fault.kind === "503" ? 503 : 500;
  logRequest(runtime, { ...logged, status, bucketLevel });
  serverError(runtime, response, status, realNow, 0);
}

function failAfterProcessing(
  runtime: SandboxRuntime,
  fault: FaultRule,
  response: ServerResponse,
  realNow: number,
  logged: Logged,
): void {
  const bucketLevel = runtime.bucket.level(realNow);
  if (fault.kind === "lost-response") {
    logRequest(runtime, { ...logged, status: "dropped", bucketLevel });
    response.socket?.destroy();
    return;
  }
  if (fault.kind === "timeout") {
    logRequest(runtime, { ...logged, status: "hung", bucketLevel });
    return;
  }
  const status = fault.kind === "503" ? 503 : 500;
  logRequest(runtime, { ...logged, status, bucketLevel });
  serverError(runtime, response, status, realNow, logged.cost);
}
