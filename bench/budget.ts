/**
 * `budget`: does the portal keep close to each API's rate limit under a backlog without meeting it? A backlog of
 * online orders posted as Lightspeed sales against the leaky bucket, and a mass fan-out of sellable levels to a
 * Shopify store against its cost budget, both against time-scaled simulations (tens of seconds, not hours).
 */
import { seedSandboxFromDatabase } from "@/scripts/demo/seed-sandbox";
import type { Benchmark } from "./support/benchmark";
import { progress } from "./support/progress";
import { withThrowawayDatabase } from "./support/throwaway-database";
import { measureLightspeedBacklog } from "./budget/lightspeed-backlog";
import { measureShopifyFanOut } from "./budget/shopify-fan-out";
import { configureShopifySandbox } from "./reconcile/configure-shopify-sandbox";
import { startSandboxProcess } from "./reconcile/sandbox-process";
import { seedSyntheticShop } from "./reconcile/seed-synthetic-shop";

const name = "budget";
const storeDomains = ["bench-budget.myshopify.com"];
const ordersAtScaleOne = 150;
const itemsAtScaleOne = 2_000;
/** Lightspeed drips 20/s instead of 1/s: 150 sales of ~8 drips take about a minute instead of twenty. */
const lightspeedTimeScale = 20;
/** The store restores 200 points/s instead of 100: 2,000 writes of 10 points take ~95 s instead of 190. */
const shopifyTimeScale = 2;
const leastShare = 0.9;

const budget: Benchmark = {
  name,
  describe: "Lightspeed sale backlog and Shopify sellable fan-out: 429s/THROTTLED (target 0), share of the rate limit used (target ≥ 90 %)",
  run: async ({ scale }) => {
    const orders = Math.max(20, Math.round(ordersAtScaleOne * scale));
    const items = Math.max(200, Math.round(itemsAtScaleOne * scale));
    return withThrowawayDatabase("postgres", async ({ handle }) => {
      const { db } = handle;
      await seedSyntheticShop(db, { skus: items, storeDomains });
      const sandbox = await startSandboxProcess({ storeDomains, timeScale: lightspeedTimeScale });
      try {
        await configureShopifySandbox(sandbox.connection.controlUrls.shopify);
        await seedSandboxFromDatabase(db, sandbox.connection);
        progress(name, `posting a backlog of ${orders} online orders to Lightspeed (time scale ${lightspeedTimeScale})`);
        const lightspeed = await measureLightspeedBacklog(db, sandbox.connection, { orders, skus: items, timeScale: lightspeedTimeScale });
        progress(name, `fanning out ${items} sellable levels to one store (time scale ${shopifyTimeScale})`);
        const shopify = await measureShopifyFanOut(db, sandbox.connection, { items, timeScale: shopifyTimeScale });
        return {
          name,
          figures: { lightspeed, shopify },
          targets: [
            { figure: "lightspeed.rate_limited", target: "0", value: lightspeed.rate_limited, met: lightspeed.rate_limited === 0 },
            { figure: "lightspeed.share_used", target: "≥ 0.9", value: lightspeed.share_used, met: (lightspeed.share_used ?? 0) >= leastShare },
            { figure: "shopify.throttled + rate_limited", target: "0", value: shopify.throttled + shopify.rate_limited, met: shopify.throttled + shopify.rate_limited === 0 },
            { figure: "shopify.share_used", target: "≥ 0.9", value: shopify.share_used, met: shopify.share_used >= leastShare },
          ],
        };
      } finally {
        await sandbox.close();
      }
    });
  },
};

export default budget;
