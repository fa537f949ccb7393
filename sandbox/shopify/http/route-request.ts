import type { IncomingMessage, ServerResponse } from "node:http";
import type { ShopifySandboxControl } from "../control/create-control";
import type { SandboxContext } from "../sandbox-context";
import { handleBulkDownload } from "./handle-bulk-download";
import { handleControl } from "./handle-control";
import { handleGraphql } from "./handle-graphql";
import { sendJson } from "./http-io";

/**
 * Stores are told apart by a path prefix: the client's base URL for a store is `{sandbox}/store/{domain}`
 * and it appends `/admin/api/{version}/graphql.json` exactly as it does to `https://{domain}`.
 */
export async function routeRequest(
  context: SandboxContext,
  control: ShopifySandboxControl,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? "/", "http://sandbox.local");
  const path = url.pathname;
  const graphql = /^\/store\/([^/]+)\/admin\/api\/([^/]+)\/graphql\.json$/.exec(path);
  if (graphql !== null && request.method === "POST") {
    return handleGraphql(context, request, response, decodeURIComponent(graphql[1] ?? ""), graphql[2] ?? "");
  }
  const bulk = /^\/store\/([^/]+)\/bulk\/(\d+)\.jsonl$/.exec(path);
  if (bulk !== null && request.method === "GET") {
    return handleBulkDownload(context, response, decodeURIComponent(bulk[1] ?? ""), Number(bulk[2]), url.searchParams.get("token"));
  }
  if (path.startsWith("/_control/")) return handleControl(control, request, response, path);
  sendJson(response, 404, { errors: "Not Found" });
}
