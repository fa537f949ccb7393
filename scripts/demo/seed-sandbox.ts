import type { Executor } from "@/lib/db/open-database";
import { loadSandboxCatalog, type LoadedCatalog } from "@/sandbox/run/load-sandbox-catalog";
import type { SandboxConnection } from "@/sandbox/run/sandbox-connection";
import { readLightspeedCatalog } from "./read-lightspeed-catalog";
import { readShopifyCatalog } from "./read-shopify-catalog";

/**
 * Makes the sandbox hold what the portal's database says the shop holds: the Lightspeed account gets the same
 * shops, item ids, on-hand (qoh = lightspeed_levels.on_hand, with its timeStamp) and a customer per Lightspeed
 * identity; each Shopify store gets the same location, product, variant and inventory item gids and
 * `available` = shopify_levels.available. Resets every simulation first, so running it again gives the same
 * sandbox. A handful of HTTP calls in all (one per system and store).
 */
export async function seedSandboxFromDatabase(db: Executor, sandbox: SandboxConnection): Promise<LoadedCatalog> {
  const [lightspeed, shopify] = await Promise.all([readLightspeedCatalog(db), readShopifyCatalog(db)]);
  return loadSandboxCatalog(sandbox, { lightspeed, shopify });
}
