export interface StripeSignatureHeader {
  timestamp: number;
  /** Every `v1` signature (one per active endpoint secret while a secret is being rolled). */
  v1: string[];
}

/**
 * Parses `Stripe-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>…][,v0=<hex>]`. Only `v1` is a real scheme;
 * `v0` (test mode) and unknown schemes are ignored. Returns null when there is no usable timestamp.
 */
export function parseStripeSignatureHeader(header: string): StripeSignatureHeader | null {
  let timestamp: number | null = null;
  const v1: string[] = [];
  for (const part of header.split(",")) {
    const separator = part.indexOf("=");
    if (separator <= 0) continue;
    const key = part.slice(0, separator).trim();
    const value = part.slice(separator + 1).trim();
    if (key === "t") {
      if (!/^\d{1,12}$/.test(value)) return null;
      timestamp = Number(value);
    } else if (key === "v1" && /^[0-9a-f]{64}$/i.test(value)) {
      v1.push(value.toLowerCase());
    }
  }
  return timestamp === null ? null : { timestamp, v1 };
}
