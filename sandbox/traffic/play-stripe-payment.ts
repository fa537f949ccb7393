import { chooseBuyer } from "./choose-buyer";
import { chooseLines, trafficLines } from "./choose-lines";
import { readStockView } from "./stock-view";
import type { StripePaymentInput } from "./stripe-control";
import type { TrafficPlayer } from "./traffic-context";

type Shape = { checkout: boolean; linesIn: "metadata" | "checkout" | "none"; skuOn: "product" | "line_item" };

const SHAPES: ReadonlyArray<{ shape: Shape; weight: number }> = [
  { shape: { checkout: false, linesIn: "metadata", skuOn: "product" }, weight: 50 },
  { shape: { checkout: true, linesIn: "checkout", skuOn: "product" }, weight: 22 },
  { shape: { checkout: true, linesIn: "checkout", skuOn: "line_item" }, weight: 8 },
  { shape: { checkout: true, linesIn: "metadata", skuOn: "product" }, weight: 15 },
  { shape: { checkout: false, linesIn: "none", skuOn: "product" }, weight: 5 },
];

/**
 * Someone pays through Stripe: a custom PaymentIntent with `ls_lines` metadata, a Checkout Session whose line items
 * are the lines (SKU on the product or the line item) or that carries `ls_lines` itself, and now and then a payment
 * that says nothing of what was bought (the owner has to assign it). As a new Stripe customer, a returning one, or
 * a guest. Stripe holds no stock: the units come out of what Lightspeed has left.
 */
export const playStripePayment: TrafficPlayer = async (context) => {
  const { random, catalog, controls } = context;
  const shape = random.weighted(SHAPES, (entry) => entry.weight)?.shape ?? { checkout: false, linesIn: "metadata", skuOn: "product" };
  const stock = await readStockView(controls.lightspeed, context.pending);
  const lines = shape.linesIn === "none" ? [] : chooseLines(random, catalog.products, (product) => stock.physical(product));
  if (shape.linesIn !== "none" && lines.length === 0) return null;

  const { person, buyer } = chooseBuyer(context, 0.3);
  const name = buyer.name;
  const existingId = person.email === null ? undefined : context.stripeCustomers.get(person.email);
  const kind = existingId !== undefined && random.chance(0.7) ? "existing" : random.chance(0.35) ? "guest" : "new";
  const contact = { email: person.email, name, phone: person.phone };
  const input: StripePaymentInput = {
    lines: lines.map((line) => ({ sku: line.product.sku, quantity: line.quantity, unitAmount: line.product.priceCents, name: line.product.title })),
    checkout: shape.checkout,
    linesIn: shape.linesIn,
    skuOn: shape.skuOn,
    ...(shape.linesIn === "none" ? { amount: random.integer(20, 400) * 100, description: "Custom order" } : {}),
    customer: kind === "guest" ? null : kind === "existing" ? { ...contact, existingId } : contact,
    ...(kind === "guest" ? { billingDetails: { ...contact, postalCode: null } } : {}),
  };
  const payment = await controls.stripe.createPayment(input);
  if (kind === "new" && person.email !== null && payment.customer !== null) context.stripeCustomers.set(person.email, payment.customer.id);

  const sold = trafficLines(lines);
  context.payments.push({
    paymentIntentId: payment.paymentIntent.id,
    amount: payment.paymentIntent.amount,
    refunded: 0,
    lines: lines.map((line) => ({ sku: line.product.sku, quantity: line.quantity, unitAmount: line.product.priceCents, refunded: 0 })),
  });
  if (sold.length > 0) {
    const references = [payment.paymentIntent.id, payment.charge.id, ...(payment.checkoutSession === null ? [] : [payment.checkoutSession.id])];
    context.pending.add(payment.paymentIntent.id, references, sold);
  }
  return {
    kind: "stripe-payment",
    paymentIntentId: payment.paymentIntent.id,
    checkoutSessionId: payment.checkoutSession?.id ?? null,
    linesIn: shape.linesIn,
    customer: kind,
    buyer,
    amount: payment.paymentIntent.amount,
    lines: sold,
  };
};
