import { createHash } from "node:crypto";

/**
 * The local engine's event key when INNGEST_EVENT_KEY is not set: derived from the installation's signing key, so it
 * is as secret as that key. A fixed key would let any process on the machine put events into the engine.
 */
export function localEventKey(signingKey: string): string {
  return createHash("sha256").update(`tillbridge-local-event-key:${signingKey}`).digest("hex");
}
