import { randomBytes } from "node:crypto";

const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A ULID (time-ordered, 26 characters), as the Inngest server uses for event and run ids. */
export function ulid(at: Date = new Date(), entropy: Uint8Array = randomBytes(10)): string {
  return encodeTime(at.getTime()) + encodeEntropy(bytesToBigInt(entropy));
}

/**
 * The ids for a batch sent with `x-inngest-event-id-seed: <millis>,<base64 of 10 bytes>`: the SDK sends the same
 * seed when it retries a send, so a retried batch gets the same ids and starts nothing twice.
 */
export function seededUlids(seed: string, count: number): string[] | null {
  const match = /^(\d+),([A-Za-z0-9+/]+={0,2})$/.exec(seed.trim());
  if (!match?.[1] || !match[2]) return null;
  const entropy = Buffer.from(match[2], "base64");
  if (entropy.length !== 10) return null;
  const millis = Number(match[1]);
  const base = bytesToBigInt(entropy);
  const max = (BigInt(1) << BigInt(80)) - BigInt(1);
  return Array.from({ length: count }, (_, index) => encodeTime(millis) + encodeEntropy((base + BigInt(index)) & max));
}

function encodeTime(millis: number): string {
  let value = Math.max(0, Math.floor(millis));
  let out = "";
  for (let index = 0; index < 10; index += 1) {
    out = alphabet.charAt(value % 32) + out;
    value = Math.floor(value / 32);
  }
  return out;
}

function encodeEntropy(value: bigint): string {
  let rest = value;
  let out = "";
  for (let index = 0; index < 16; index += 1) {
    out = alphabet.charAt(Number(rest & BigInt(31))) + out;
    rest >>= BigInt(5);
  }
  return out;
}

function bytesToBigInt(bytes: Uint8Array): bigint {
  let value = BigInt(0);
  for (const byte of bytes) value = (value << BigInt(8)) | BigInt(byte);
  return value;
}
