import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { z } from "zod";
import { incomingEventSchema, type IncomingEvent } from "./engine-event";
import { hashSigningKey, safeEqual } from "./request-signature";

export type EventApiHandlers = {
  /** Stores events and returns their ids, in order. */
  receiveEvents: (events: IncomingEvent[], idSeed: string | null) => Promise<string[]>;
  /** An out-of-band sync from the app (`POST /fn/register`). */
  register: (body: unknown) => Promise<{ modified: boolean }>;
  /** For SDKs told to fetch a run's payload (`ctx.use_api`): its events and memoised steps, or null if unknown. */
  runEvents: (runId: string) => Promise<unknown[] | null>;
  runSteps: (runId: string) => Promise<Record<string, unknown> | null>;
};

export type EventApiServer = { url: string; close: () => Promise<void> };

const maxBodyBytes = 3 * 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The part of the Inngest server's HTTP API the SDK talks to, on loopback:
 * - `POST /e/{eventKey}`: the event API `inngest.send()` posts to; answers `{ ids, status }`.
 * - `POST /fn/register`: out-of-band sync, authorised with the hashed signing key as a bearer token.
 * - `GET /v0/runs/{runId}/batch` and `/actions`: a run's events and memoised steps, same authorisation.
 */
export async function startEventApiServer(params: {
  host: string;
  port: number;
  eventKey: string | null;
  signingKey: string;
  handlers: EventApiHandlers;
  onError: (message: string, error: unknown) => void;
}): Promise<EventApiServer> {
  const bearer = `Bearer ${hashSigningKey(params.signingKey)}`;
  const authorised = (request: IncomingMessage) => safeEqual(request.headers.authorization ?? "", bearer);

  const route = async (request: IncomingMessage): Promise<{ status: number; body: unknown }> => {
    const url = new URL(request.url ?? "/", "http://engine.local");
    const eventPath = /^\/e\/([^/]+)\/?$/.exec(url.pathname);
    if (eventPath?.[1] !== undefined) {
      if (request.method !== "POST") throw new HttpError(405, "Method not allowed");
      const key = decodeURIComponent(eventPath[1]);
      if (params.eventKey !== null && !safeEqual(key, params.eventKey)) return { status: 401, body: { error: "Event key not found", status: 401 } };
      const parsed = z.union([z.array(incomingEventSchema), incomingEventSchema.transform((event) => [event])]).safeParse(await readJson(request));
      if (!parsed.success) return { status: 400, body: { error: `Invalid event payload: ${parsed.error.issues[0]?.message ?? "unreadable"}`, status: 400 } };
      if (parsed.data.some((event) => event.name.startsWith("inngest/"))) {
        return { status: 400, body: { error: "Event names starting with inngest/ are reserved", status: 400 } };
      }
      const seed = request.headers["x-inngest-event-id-seed"];
      const ids = await params.handlers.receiveEvents(parsed.data, typeof seed === "string" ? seed : null);
      return { status: 200, body: { ids, status: 200 } };
    }
    if (url.pathname === "/fn/register") {
      if (request.method !== "POST") throw new HttpError(405, "Method not allowed");
      if (!authorised(request)) return { status: 401, body: { error: "Unauthorized" } };
      try {
        const result = await params.handlers.register(await readJson(request));
        return { status: 200, body: { ok: true, modified: result.modified } };
      } catch (error) {
        if (error instanceof HttpError) throw error;
        return { status: 400, body: { error: error instanceof Error ? error.message : String(error) } };
      }
    }
    const runPath = /^\/v0\/runs\/([^/]+)\/(batch|actions)\/?$/.exec(url.pathname);
    if (runPath?.[1] !== undefined && runPath[2] !== undefined) {
      if (request.method !== "GET") throw new HttpError(405, "Method not allowed");
      if (!authorised(request)) return { status: 401, body: { error: "Unauthorized", status: 401 } };
      const runId = decodeURIComponent(runPath[1]);
      const body = runPath[2] === "batch" ? await params.handlers.runEvents(runId) : await params.handlers.runSteps(runId);
      return body === null ? { status: 404, body: { error: "Run not found", status: 404 } } : { status: 200, body };
    }
    throw new HttpError(404, "Not found");
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    route(request)
      .then(({ status, body }) => send(response, status, body))
      .catch((error: unknown) => {
        if (error instanceof HttpError) {
          send(response, error.status, { error: error.message, status: error.status });
          return;
        }
        params.onError("event API request failed", error);
        send(response, 500, { error: "Internal server error", status: 500 });
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(params.port, params.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("The event API is not listening on a TCP port");
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 2_000).unref();
      }),
  };
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > maxBodyBytes) throw new HttpError(413, "Payload too large");
    chunks.push(buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(400, "Body is not JSON");
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent) return;
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}
