/**
 * Starts the whole sandbox (Lightspeed, Shopify stores, Stripe) in one process:
 *
 *   tsx sandbox/run/main.ts --ports 4101,4102,4103 --stores a.myshopify.com,b.myshopify.com \
 *     --shopify-webhook-url http://127.0.0.1:3000/api/webhooks/shopify \
 *     --stripe-webhook-url http://127.0.0.1:3000/api/webhooks/stripe [--time-scale 1] [--seed 1] [--latency-ms 0]
 *
 * When ready it prints ONE line of JSON on stdout (sandbox-connection.ts) for a parent process to read; everything
 * else goes to stderr. SIGTERM or SIGINT closes it cleanly (exit 0).
 */
import { z } from "zod";
import { commaList, readCliFlags } from "./read-cli-flags";
import { sandboxConnectionSchema } from "./sandbox-connection";
import { startSandbox } from "./start-sandbox";

const flagsSchema = z.object({
  ports: commaList
    .pipe(z.array(z.string().regex(/^\d+$/, "a port number").transform(Number)).length(3, "three ports: lightspeed,shopify,stripe"))
    .optional(),
  stores: commaList.pipe(z.array(z.string()).min(1)),
  "shopify-webhook-url": z.url(),
  "stripe-webhook-url": z.url(),
  "time-scale": z.coerce.number().positive().optional(),
  seed: z.coerce.number().int().optional(),
  "latency-ms": z.coerce.number().min(0).optional(),
  "lightspeed-account-id": z.coerce.number().int().positive().optional(),
});

const log = (message: string): void => {
  process.stderr.write(`[sandbox] ${message}\n`);
};

async function main(): Promise<void> {
  const flags = readCliFlags(process.argv.slice(2), flagsSchema);
  const [lightspeed, shopify, stripe] = flags.ports ?? [0, 0, 0];
  const sandbox = await startSandbox({
    ports: { lightspeed, shopify, stripe },
    shopifyStoreDomains: flags.stores,
    webhookTargets: { shopify: flags["shopify-webhook-url"], stripe: flags["stripe-webhook-url"] },
    timeScale: flags["time-scale"],
    seed: flags.seed,
    latencyMs: flags["latency-ms"],
    lightspeedAccountId: flags["lightspeed-account-id"],
  });
  const connection = sandboxConnectionSchema.parse(sandbox);
  process.stdout.write(`${JSON.stringify(connection)}\n`);
  log(`Lightspeed ${connection.lightspeed.apiBaseUrl}`);
  for (const store of connection.shopify.stores) log(`Shopify ${store.domain} ${store.endpoint}`);
  log(`Stripe ${connection.stripe.protocol}://${connection.stripe.host}:${connection.stripe.port}`);

  const stop = (signal: NodeJS.Signals): void => {
    log(`${signal}: closing`);
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`close failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
