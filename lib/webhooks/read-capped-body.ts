/** The largest webhook body accepted: Shopify and Stripe payloads are a few kilobytes, a large order a few hundred. */
export const WEBHOOK_BODY_LIMIT_BYTES = 1024 * 1024;

export type CappedBody = { ok: true; bytes: Uint8Array } | { ok: false; reason: "too_large" };

/**
 * Reads a request body once, as the exact bytes received (signatures are computed over them), refusing more than
 * `limit` bytes: first on the declared Content-Length, then on the bytes actually read, since the header may be
 * missing (chunked) or wrong. Reading stops at the first byte over the limit.
 */
export async function readCappedBody(request: Request, limit: number = WEBHOOK_BODY_LIMIT_BYTES): Promise<CappedBody> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared.trim()) > limit) return { ok: false, reason: "too_large" };
  if (request.body === null) return { ok: true, bytes: new Uint8Array(0) };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return { ok: false, reason: "too_large" };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
