import type { ServerResponse } from "node:http";
import type { SandboxContext } from "../sandbox-context";
import { sendJson } from "./http-io";

/** GET /store/{domain}/bulk/{id}.jsonl?token=… — the result file of a completed bulk operation. */
export function handleBulkDownload(context: SandboxContext, response: ServerResponse, domain: string, id: number, token: string | null): void {
  const operation = context.stores.get(domain)?.bulkOperations.get(id);
  if (operation === undefined || operation.jsonl === null || operation.token !== token) {
    return sendJson(response, 403, { error: "AccessDenied: the link is invalid or has expired" });
  }
  response.writeHead(200, { "content-type": "application/jsonl", "content-length": String(Buffer.byteLength(operation.jsonl)) });
  response.end(operation.jsonl);
}
