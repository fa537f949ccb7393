import { createServer, type IncomingHttpHeaders } from "node:http";
import { createShopifyClient, type ShopifyClient, type ShopifyClientConfig } from "@/lib/connectors/shopify";
import { createShopifySandbox, type ShopifySandbox, type ShopifySandboxOptions, type StoreSeed } from "@/sandbox/shopify";

export const appSecret = "shpss_contract_test_secret";

/** A store with `count` single-variant products, SKU-0001…, `available` = index % 7 at the first location. */
export function storeSeed(domain: string, count: number, extra: Partial<StoreSeed> = {}): StoreSeed {
  return {
    domain,
    accessToken: `shpat_${domain.split(".")[0] ?? "x"}`,
    products: Array.from({ length: count }, (_, index) => ({
      title: `Product ${index + 1}`,
      variants: [{ sku: `SKU-${String(index + 1).padStart(4, "0")}`, price: "12.50", available: index % 7 }],
    })),
    ...extra,
  };
}

export async function startSandbox(options: ShopifySandboxOptions = {}): Promise<ShopifySandbox> {
  return createShopifySandbox({ seed: 42, webhookSecret: appSecret, bulkOperationDurationMs: 40, timeScale: 20, ...options });
}

/** A client for one sandbox store, with fast polling and short backoffs for tests. */
export function clientFor(sandbox: ShopifySandbox, seed: StoreSeed, overrides: Partial<ShopifyClientConfig> = {}): ShopifyClient {
  return createShopifyClient({
    shopDomain: seed.domain,
    accessToken: seed.accessToken,
    endpoint: sandbox.storeUrl(seed.domain),
    timeoutMs: 2_000,
    retry: { maxAttempts: 5, baseDelayMs: 20, maxDelayMs: 200 },
    bulk: { pollIntervalMs: 20, timeoutMs: 10_000 },
    ...overrides,
  });
}

export type ReceivedWebhook = { headers: IncomingHttpHeaders; body: string; status: number };

/** A loopback webhook receiver; `answer` decides the status per delivery (default 200). */
export async function startReceiver(answer: (received: ReceivedWebhook, index: number) => number = () => 200) {
  const received: ReceivedWebhook[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const entry: ReceivedWebhook = { headers: request.headers, body: Buffer.concat(chunks).toString("utf8"), status: 200 };
      entry.status = answer(entry, received.length);
      received.push(entry);
      response.writeHead(entry.status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("receiver has no port");
  return {
    url: `http://127.0.0.1:${address.port}/webhooks/shopify`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A raw GraphQL call to a sandbox store, for asserting Shopify's own answer shapes. */
export async function rawGraphql(
  sandbox: ShopifySandbox,
  seed: StoreSeed,
  body: { query: string; variables?: Record<string, unknown> },
  version = "2026-04",
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${sandbox.storeUrl(seed.domain)}/admin/api/${version}/graphql.json`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-shopify-access-token": seed.accessToken },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

export function levelOf(sandbox: ShopifySandbox, domain: string, sku: string): { available: number; committed: number } {
  const level = sandbox.control.inspectStore(domain).levels.find((candidate) => candidate.sku === sku);
  if (level === undefined) throw new Error(`no level for ${sku}`);
  return level;
}
