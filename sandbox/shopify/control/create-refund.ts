import type { SandboxContext } from "../sandbox-context";
import { changeLevel } from "../state/change-level";
import { gid, idOf } from "../state/gid";
import { levelKey, type RefundLineState, type RefundState } from "../state/store-state";
import { emitWebhook } from "../webhooks/emit-webhook";
import { refundPayload } from "../webhooks/refund-payload";
import { ControlError } from "./control-error";
import { refundInputSchema, type RefundInput } from "./control-schemas";
import { findLocation, findOrder, findStore } from "./find-records";

export type CreatedRefund = { id: string; orderId: string; restocked: number };

/**
 * A refund made in the admin. `cancel`, `return` and `legacy_restock` put the units back in `available` at
 * the line's location (default: where the order took them from) and lower `committed`; `no_restock` moves
 * no stock. Fires refunds/create and, for restocks, inventory_levels/update.
 */
export function createRefund(context: SandboxContext, domain: string, raw: RefundInput): CreatedRefund {
  const store = findStore(context, domain);
  const input = refundInputSchema.parse(raw);
  const order = findOrder(store, input.orderId);
  const lines: RefundLineState[] = input.lines.map((line) => {
    const lineItemId = line.lineItemId === undefined ? undefined : idOf(line.lineItemId, "LineItem");
    const matches = order.lines.filter((candidate) =>
      lineItemId !== undefined ? candidate.id === lineItemId : line.sku !== undefined && candidate.sku === line.sku,
    );
    const [orderLine] = matches;
    if (orderLine === undefined) throw new ControlError(404, "no such line on the order");
    if (matches.length > 1) throw new ControlError(409, "several lines match; give a lineItemId");
    if (line.quantity > orderLine.quantity - orderLine.refundedQuantity) {
      throw new ControlError(422, `only ${orderLine.quantity - orderLine.refundedQuantity} left to refund on line ${orderLine.id}`);
    }
    const restocks = line.restockType !== "no_restock";
    const location = restocks ? findLocation(store, line.locationId ?? order.fulfillmentLocationId) : null;
    return { id: context.nextId(), lineItemId: orderLine.id, quantity: line.quantity, restockType: line.restockType, locationId: location?.id ?? null };
  });
  const refund: RefundState = { id: context.nextId(), orderId: order.id, createdAt: context.now(), note: input.note ?? null, lines };
  let restocked = 0;
  for (const line of lines) {
    const orderLine = order.lines.find((candidate) => candidate.id === line.lineItemId);
    if (orderLine === undefined) continue;
    orderLine.refundedQuantity += line.quantity;
  }
  store.refunds.push(refund);
  emitWebhook(context, store, "refunds/create", refundPayload(store, order, refund, context.settings.webhookApiVersion));
  for (const line of lines) {
    const orderLine = order.lines.find((candidate) => candidate.id === line.lineItemId);
    if (orderLine === undefined || line.locationId === null) continue;
    const level = store.levels.get(levelKey(orderLine.inventoryItemId, line.locationId));
    if (level === undefined) continue;
    changeLevel(context, store, level, { available: line.quantity, committed: -line.quantity }, "refund");
    restocked += line.quantity;
  }
  return { id: gid("Refund", refund.id), orderId: gid("Order", order.id), restocked };
}
