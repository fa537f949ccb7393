import { randomUUID } from "node:crypto";
import { z } from "zod";
import { buildCheckoutSession } from "../objects/build-checkout-session";
import { buildCustomer } from "../objects/build-customer";
import { buildPayment } from "../objects/build-payment";
import { unixSeconds, type SandboxCore } from "../sandbox-core";
import type { ChargeObject, CheckoutSessionObject, CustomerObject, EventObject, PaymentIntentObject } from "../stripe-objects";
import { ControlError } from "./control-error";
import { encodeLineMetadata } from "./encode-line-metadata";

const personSchema = z.object({
  email: z.string().nullable().default(null),
  name: z.string().nullable().default(null),
  phone: z.string().nullable().default(null),
});

export const createPaymentInputSchema = z.object({
  /** What was bought. A null sku is a line the catalogue has no SKU for. */
  lines: z
    .array(
      z.object({
        sku: z.string().min(1).nullable(),
        quantity: z.number().int().positive(),
        unitAmount: z.number().int().nonnegative(),
        name: z.string().min(1).optional(),
      }),
    )
    .default([]),
  /** A Checkout payment (Session + line items) rather than a custom PaymentIntent. */
  checkout: z.boolean().default(false),
  /**
   * Where the lines are written: `metadata` (`ls_lines` on the PaymentIntent, and on the Session for Checkout),
   * `checkout` (line items only), `none` (a payment that says nothing about what was bought).
   * Default: `checkout` for Checkout, `metadata` otherwise when there are lines.
   */
  linesIn: z.enum(["metadata", "checkout", "none"]).optional(),
  /** For Checkout line items: where the SKU is kept. */
  skuOn: z.enum(["product", "line_item", "none"]).default("product"),
  /** Defaults to the sum of the lines, or 1000 without lines. */
  amount: z.number().int().positive().optional(),
  currency: z.string().length(3).default("usd"),
  /** Extra metadata on the PaymentIntent (and the Session); may override `ls_lines` to send a malformed one. */
  metadata: z.record(z.string(), z.string()).default({}),
  /** A Stripe Customer is created (or `existingId` is used) and attached to the payment. */
  customer: personSchema.extend({ existingId: z.string().optional() }).nullable().default(null),
  /** Billing details on the charge; default: the customer's. A guest checkout has these and no customer. */
  billingDetails: personSchema.extend({ postalCode: z.string().nullable().default(null) }).optional(),
  description: z.string().nullable().default(null),
  livemode: z.boolean().default(false),
});

export type CreatePaymentInput = z.input<typeof createPaymentInputSchema>;

export type CreatedPayment = {
  paymentIntent: PaymentIntentObject;
  charge: ChargeObject;
  checkoutSession: CheckoutSessionObject | null;
  customer: CustomerObject | null;
  events: EventObject[];
};

function resolveCustomer(core: SandboxCore, input: z.output<typeof createPaymentInputSchema>, created: number) {
  if (input.customer === null) return { customer: null, isNew: false };
  if (input.customer.existingId !== undefined) {
    const existing = core.state.customers.get(input.customer.existingId);
    if (!existing) throw new ControlError(`No such customer: '${input.customer.existingId}'`, 404);
    return { customer: existing, isNew: false };
  }
  const customer = buildCustomer(core.ids, { ...input.customer, metadata: {}, livemode: input.livemode }, created);
  core.state.customers.set(customer.id, customer);
  return { customer, isNew: true };
}

/**
 * A customer pays: a succeeded PaymentIntent with its Charge, optionally through Checkout, and the events Stripe
 * sends for it (payment_intent.created, customer.created, charge.succeeded, payment_intent.succeeded,
 * checkout.session.completed), in that order before any delivery knob reorders them.
 */
export function createPayment(core: SandboxCore, rawInput: CreatePaymentInput): CreatedPayment {
  const input = createPaymentInputSchema.parse(rawInput);
  const linesIn = input.linesIn ?? (input.checkout ? "checkout" : input.lines.length > 0 ? "metadata" : "none");
  if (input.checkout && input.lines.length === 0) throw new ControlError("A Checkout payment needs at least one line");
  if (linesIn === "checkout" && !input.checkout) throw new ControlError("linesIn: checkout needs checkout: true");
  if (linesIn === "metadata" && input.lines.some((line) => line.sku === null)) {
    throw new ControlError("Lines written to metadata need a sku");
  }
  const created = unixSeconds(core);
  const { customer, isNew } = resolveCustomer(core, input, created);
  const person = input.billingDetails ?? {
    email: customer?.email ?? null,
    name: customer?.name ?? null,
    phone: customer?.phone ?? null,
    postalCode: null,
  };
  const lineMetadata =
    linesIn === "metadata"
      ? encodeLineMetadata(
          input.lines.flatMap((line) =>
            line.sku === null ? [] : [{ sku: line.sku, quantity: line.quantity, unitAmount: line.unitAmount }],
          ),
        )
      : {};
  const metadata = { ...lineMetadata, ...input.metadata };
  const amount = input.amount ?? (input.lines.reduce((sum, line) => sum + line.unitAmount * line.quantity, 0) || 1000);

  const { paymentIntent, charge } = buildPayment(
    core.ids,
    {
      amount,
      currency: input.currency.toLowerCase(),
      livemode: input.livemode,
      customerId: customer?.id ?? null,
      billing: person,
      receiptEmail: person.email,
      description: input.description,
      metadata,
      statementDescriptor: "TILLBRIDGE SHOP",
    },
    created,
  );
  core.state.paymentIntents.set(paymentIntent.id, paymentIntent);
  core.state.charges.set(charge.id, charge);

  let checkoutSession: CheckoutSessionObject | null = null;
  if (input.checkout) {
    const built = buildCheckoutSession(
      core.ids,
      {
        currency: paymentIntent.currency,
        livemode: input.livemode,
        paymentIntentId: paymentIntent.id,
        customerId: customer?.id ?? null,
        customerDetails: person,
        metadata,
        lines: input.lines.map((line) => ({
          sku: line.sku,
          name: line.name ?? line.sku ?? "Item",
          quantity: line.quantity,
          unitAmount: line.unitAmount,
          skuOn: linesIn === "checkout" || linesIn === "metadata" ? input.skuOn : "none",
        })),
      },
      created,
    );
    checkoutSession = built.session;
    core.state.checkoutSessions.set(built.session.id, built.session);
    core.state.lineItems.set(built.session.id, built.lineItems);
    for (const product of built.products) core.state.products.set(product.id, product);
    for (const price of built.prices) core.state.prices.set(price.id, price);
  }

  // A custom PaymentIntent is created by the shop's server through the API; a Checkout one by Stripe itself.
  const request = input.checkout ? { id: null, idempotencyKey: null } : { id: core.ids.request(), idempotencyKey: randomUUID() };
  const livemode = input.livemode;
  const events: EventObject[] = [];
  if (core.auxiliaryEvents) {
    const createdIntent = { ...paymentIntent, status: "requires_payment_method" as const, amount_received: 0, latest_charge: null };
    events.push(core.events.emit({ type: "payment_intent.created", object: createdIntent, livemode, request }));
    if (customer && isNew) events.push(core.events.emit({ type: "customer.created", object: customer, livemode, request }));
  }
  events.push(core.events.emit({ type: "charge.succeeded", object: charge, livemode, request }));
  events.push(core.events.emit({ type: "payment_intent.succeeded", object: paymentIntent, livemode, request }));
  if (checkoutSession) {
    events.push(core.events.emit({ type: "checkout.session.completed", object: checkoutSession, livemode, request }));
  }
  return { paymentIntent, charge, checkoutSession, customer, events };
}
