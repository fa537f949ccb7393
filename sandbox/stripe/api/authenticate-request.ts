import { invalidApiKey, missingApiKey } from "./stripe-api-error";

/** Which secret keys the simulated account accepts. */
export type ApiKeyPolicy = (key: string) => boolean;

export const anyWellFormedSecretKey: ApiKeyPolicy = (key) => /^(sk|rk)_(test|live)_[A-Za-z0-9_]+$/.test(key);

/**
 * `Authorization: Bearer sk_…` (or Basic with the key as user name, which Stripe also takes). The key's mode decides
 * which objects the request can see.
 */
export function authenticateRequest(header: string | undefined, accepts: ApiKeyPolicy): { livemode: boolean } {
  if (!header) throw missingApiKey();
  let key: string | undefined;
  const bearer = /^Bearer\s+(\S+)$/i.exec(header);
  if (bearer) key = bearer[1];
  const basic = /^Basic\s+(\S+)$/i.exec(header);
  if (basic?.[1]) key = Buffer.from(basic[1], "base64").toString("utf8").split(":")[0];
  if (!key) throw missingApiKey();
  if (!accepts(key)) throw invalidApiKey(key);
  return { livemode: /^(sk|rk)_live_/.test(key) };
}
