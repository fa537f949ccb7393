import { z } from "zod";

/**
 * # Where SKU and quantity live in Stripe (the portal's convention)
 *
 * Stripe has no line items on a PaymentIntent or a Refund, so the lines travel in metadata (reference/stripe.md §3–4).
 *
 * - **Payment (PaymentIntent, or a Checkout Session's own metadata)**: `ls_lines` holds a compact JSON array,
 *   `[{"sku":"A-1","q":2,"u":1500}]`: `sku` (required), `q` quantity (positive integer), `u` unit amount in the
 *   currency's minor unit (optional). A metadata value holds at most 500 characters, so longer orders continue in
 *   `ls_lines_2`, `ls_lines_3`, … (each a complete JSON array; they are concatenated in order). An order too big
 *   even for that is stored by whoever created it and only its reference goes in `ls_order_ref`.
 * - **Checkout**: when the session has no `ls_lines`, its line items are the lines: SKU from the line item's own
 *   `metadata.sku`, else the expanded product's `metadata.sku`, else the price's `metadata.sku`; quantity from
 *   `quantity`; unit amount from `price.unit_amount`. A line without a SKU is never guessed from its name.
 * - **Refund**: `ls_lines` on the Refund, same format, plus an optional `"r":false` per line when the goods are not
 *   coming back (no restock; the default is a restock), and `ls_action` = `void` (the whole sale) or `credit`.
 *   Refunds made in the Dashboard carry none of this: a full one is a void, a partial one is amount-only.
 * - **Write-back**: the portal writes `lightspeed_sale_id` on the PaymentIntent and `lightspeed_refund_id` on the
 *   Refund once Lightspeed has them.
 */
export const LINE_METADATA_KEYS = {
  lines: "ls_lines",
  orderReference: "ls_order_ref",
  refundAction: "ls_action",
  lightspeedSaleId: "lightspeed_sale_id",
  lightspeedRefundId: "lightspeed_refund_id",
} as const;

/** The SKU key in line item, product or price metadata. */
export const SKU_METADATA_KEY = "sku";

export const metadataLineSchema = z.object({
  sku: z.string().trim().min(1),
  q: z.number().int().positive(),
  u: z.number().int().nonnegative().optional(),
  r: z.boolean().optional(),
});

export type MetadataLine = z.output<typeof metadataLineSchema>;

export type ReadMetadataLinesResult =
  | { kind: "absent" }
  | { kind: "lines"; lines: MetadataLine[] }
  | { kind: "invalid"; reason: string };

/** `ls_lines`, `ls_lines_2`, … in order, stopping at the first missing continuation. */
function lineChunks(metadata: Readonly<Record<string, string>>): { key: string; value: string }[] {
  const chunks: { key: string; value: string }[] = [];
  const first = metadata[LINE_METADATA_KEYS.lines];
  if (first === undefined) return chunks;
  chunks.push({ key: LINE_METADATA_KEYS.lines, value: first });
  for (let index = 2; ; index += 1) {
    const key = `${LINE_METADATA_KEYS.lines}_${index}`;
    const value = metadata[key];
    if (value === undefined) return chunks;
    chunks.push({ key, value });
  }
}

/** Reads the `ls_lines` convention from a metadata object. */
export function readMetadataLines(metadata: Readonly<Record<string, string>>): ReadMetadataLinesResult {
  const chunks = lineChunks(metadata);
  if (chunks.length === 0) return { kind: "absent" };
  const lines: MetadataLine[] = [];
  for (const { key, value } of chunks) {
    let json: unknown;
    try {
      json = JSON.parse(value);
    } catch {
      return { kind: "invalid", reason: `${key} is not JSON` };
    }
    const parsed = z.array(metadataLineSchema).safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid";
      return { kind: "invalid", reason: `${key} has an invalid line (${where})` };
    }
    lines.push(...parsed.data);
  }
  if (lines.length === 0) return { kind: "invalid", reason: `${LINE_METADATA_KEYS.lines} is an empty list` };
  return { kind: "lines", lines };
}
