/**
 * `tsx bench/ingest/ceiling-server.ts --database-url URL`: the ceiling the portal's webhook routes are compared
 * with. A bare Node `http` server doing only verify-and-insert, with the portal's own code: the same signature
 * checks (classify-shopify-delivery.ts, classify-stripe-delivery.ts) and the same insert into webhook_inbox
 * (record-inbox-entry.ts), on a pool as large as the portal's; no Next.js, no hand-off to the engine. Listens on a
 * free loopback port and prints `{"port": N}` on stdout once ready.
 */
import { createServer, type IncomingMessage } from "node:http";
import { parseArgs } from "node:util";
import { z } from "zod";
import { openDatabase } from "@/lib/db/open-database";
import { classifyShopifyDelivery } from "@/lib/webhooks/classify-shopify-delivery";
import { classifyStripeDelivery } from "@/lib/webhooks/classify-stripe-delivery";
import type { ClassifiedDelivery } from "@/lib/webhooks/classified-delivery";
import { recordInboxEntry } from "@/lib/webhooks/record-inbox-entry";
import { benchShopDomain, benchShopifySecret, benchStripeSecret } from "./webhook-secrets";

const { values } = parseArgs({ options: { "database-url": { type: "string" } }, strict: true });
const databaseUrl = z.url().parse(values["database-url"]);
const handle = openDatabase({ kind: "postgres", url: databaseUrl });

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

function headersOf(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) if (typeof value === "string") headers.set(name, value);
  return headers;
}

async function answer(request: IncomingMessage): Promise<{ status: number; body: unknown }> {
  const delivery = { headers: headersOf(request), rawBody: new Uint8Array(await readBody(request)) };
  let classified: ClassifiedDelivery;
  if (request.url === "/api/webhooks/shopify") classified = classifyShopifyDelivery(delivery, [{ domain: benchShopDomain, webhookSecret: benchShopifySecret }]);
  else if (request.url === "/api/webhooks/stripe") classified = classifyStripeDelivery(delivery, { secrets: [benchStripeSecret], mode: null, now: new Date() });
  else return { status: 404, body: { error: "not found" } };
  if (classified.kind === "refused") return { status: classified.answer.status, body: classified.answer.body };
  const recorded = await recordInboxEntry(handle.db, classified.delivery, new Date());
  return { status: 200, body: { received: true, outcome: recorded.kind } };
}

const server = createServer((request, response) => {
  answer(request)
    .catch((error: unknown) => {
      process.stderr.write(`[ceiling] ${error instanceof Error ? error.message : String(error)}\n`);
      return { status: 503, body: { error: "temporarily unavailable" } };
    })
    .then(({ status, body }) => {
      response.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
      response.end(JSON.stringify(body));
    });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`${JSON.stringify({ port: typeof address === "object" && address !== null ? address.port : 0 })}\n`);
});
process.on("SIGTERM", () => server.close(() => void handle.close().then(() => process.exit(0))));
