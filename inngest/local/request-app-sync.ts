import { canonicalJson } from "./canonical-json";
import { signBody, verifySignature } from "./request-signature";
import { parseInBandSync, type SyncPayload } from "./sync-payload";

export type AppSyncAnswer = { kind: "in-band"; payload: SyncPayload } | { kind: "out-of-band"; message: string };

/**
 * Asks the app to sync (SDK spec §4.3), as the Inngest server does: a signed `PUT` to its serve URL asking for an
 * in-band answer carrying the function configs. An SDK that does not answer in band registers itself out of band
 * instead, with a `POST /fn/register` to its configured API URL (the engine's own API when pointed at it).
 */
export async function requestAppSync(params: {
  appUrl: string;
  signingKey: string;
  now: () => Date;
  timeoutMs: number;
  signal?: AbortSignal;
}): Promise<AppSyncAnswer> {
  const body = canonicalJson({ url: params.appUrl });
  const signals = [AbortSignal.timeout(params.timeoutMs), ...(params.signal ? [params.signal] : [])];
  const response = await fetch(params.appUrl, {
    method: "PUT",
    body,
    headers: {
      "content-type": "application/json",
      "x-inngest-signature": signBody(body, params.signingKey, params.now()),
      "x-inngest-sync-kind": "in_band",
      "x-inngest-server-kind": "cloud",
    },
    signal: AbortSignal.any(signals),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`the app answered the sync with HTTP ${response.status}: ${text.slice(0, 500)}`);
  if (response.headers.get("x-inngest-sync-kind") !== "in_band") return { kind: "out-of-band", message: text.slice(0, 500) };
  if (!verifySignature(text, response.headers.get("x-inngest-signature"), params.signingKey, params.now())) {
    throw new Error("the app's sync answer is not signed with the engine's signing key");
  }
  return { kind: "in-band", payload: parseInBandSync(JSON.parse(text)) };
}
