import { randomInt } from "node:crypto";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

export function randomBase62(length: number): string {
  let out = "";
  for (let index = 0; index < length; index += 1) out += BASE62.charAt(randomInt(BASE62.length));
  return out;
}

/**
 * Ids shaped like Stripe's: `cus_` + 14, most others + 24 characters. A payment's PaymentIntent, Charge and balance
 * transaction share their first 17 characters (`pi_3TbGBUJEe0yY0QKr1NhtlhQp` / `ch_3TbGBUJEe0yY0QKr18Sf1VVH`), as
 * Stripe's do; the middle 10 are the account tag.
 */
export function createIdFactory(accountTag: string = randomBase62(10)) {
  return {
    accountTag,
    /** A fresh "payment family" base for pi_/ch_/txn_/evt_ ids of one payment. */
    paymentBase: (): string => `3${randomBase62(6)}${accountTag}1`,
    fromBase: (prefix: string, base: string): string => `${prefix}_${base}${randomBase62(7)}`,
    plain: (prefix: string): string => `${prefix}_${randomBase62(1)}${randomBase62(5)}${accountTag}${randomBase62(8)}`,
    customer: (): string => `cus_${randomBase62(14)}`,
    product: (): string => `prod_${randomBase62(14)}`,
    checkoutSession: (livemode: boolean): string => `cs_${livemode ? "live" : "test"}_${randomBase62(58)}`,
    request: (): string => `req_${randomBase62(14)}`,
  };
}

export type IdFactory = ReturnType<typeof createIdFactory>;
