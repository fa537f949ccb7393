import { createSeededRandom } from "../delivery";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

function tokenSource(seed: string): (length: number) => string {
  const random = createSeededRandom(seed);
  return (length) => Array.from({ length }, () => ALPHABET.charAt(random.integer(0, ALPHABET.length - 1))).join("");
}

export type SandboxCredentials = {
  lightspeed: { clientId: string; clientSecret: string; refreshToken: string };
  shopify: Array<{ domain: string; accessToken: string; webhookSecret: string }>;
  stripe: { secretKey: string; webhookSecret: string };
};

/**
 * The sandbox's credentials, drawn from the run's seed (and each store's domain): the same seed gives the same
 * credentials, so a restarted sandbox matches a portal configured against the previous one. Not secrets.
 */
export function sandboxCredentials(seed: number, shopifyDomains: readonly string[]): SandboxCredentials {
  const token = tokenSource(`tillbridge-sandbox:${seed}`);
  return {
    lightspeed: {
      clientId: `tillbridge-sandbox-${token(8)}`,
      clientSecret: token(32),
      refreshToken: `refresh_${token(32)}`,
    },
    shopify: shopifyDomains.map((domain) => {
      const storeToken = tokenSource(`tillbridge-sandbox:${seed}:${domain}`);
      return { domain, accessToken: `shpat_${storeToken(32)}`, webhookSecret: `shpss_${storeToken(32)}` };
    }),
    stripe: { secretKey: `sk_test_${token(32)}`, webhookSecret: `whsec_${token(32)}` },
  };
}
