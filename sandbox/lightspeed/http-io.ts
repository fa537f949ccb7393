import type { IncomingMessage, ServerResponse } from "node:http";

/** An API request body larger than this is refused. */
const API_BODY_LIMIT_BYTES = 1_000_000;

/** The request body as text ("" when there is none); refused beyond `limitBytes`. */
export async function readRequestText(request: IncomingMessage, limitBytes = API_BODY_LIMIT_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limitBytes) throw new Error("request body too large");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** JSON or form-encoded body as a plain object; undefined when empty; null when unreadable. */
export function parseRequestBody(text: string, contentType: string | undefined): unknown {
  if (text.trim() === "") return undefined;
  if ((contentType ?? "").includes("application/x-www-form-urlencoded")) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed;
  } catch {
    return null;
  }
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(text).toString(),
    ...headers,
  });
  response.end(text);
}

const REASONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

/** An R-Series error body: `{"httpCode":"400","httpMessage":"Bad Request","message":"…","errorClass":"…"}`. */
export function lightspeedErrorBody(status: number, message: string, errorClass = "Exception") {
  return { httpCode: String(status), httpMessage: REASONS[status] ?? "Error", message, errorClass };
}
