import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { signingKeyPattern } from "./request-signature";

/**
 * The local signing key kept at `file`, created on first use (`signkey-local-` + 32 random bytes in hex, mode 0600).
 * Lets the single-box setup sign engine calls without a configured secret, as the demo does for its session secret.
 */
export function readOrCreateSigningKey(file: string): string {
  const resolved = path.resolve(file);
  if (existsSync(resolved)) {
    const key = readFileSync(resolved, "utf8").trim();
    if (!signingKeyPattern.test(key)) throw new Error(`${resolved} does not hold a signing key (signkey-<env>-<hex>)`);
    return key;
  }
  const key = `signkey-local-${randomBytes(32).toString("hex")}`;
  mkdirSync(path.dirname(resolved), { recursive: true });
  writeFileSync(resolved, key, { mode: 0o600 });
  return key;
}
