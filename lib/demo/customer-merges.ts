import type { DemoIdentity, DemoPerson } from "./customers";
import type { DemoOrder } from "./order-types";
import type { Random } from "./random";

/** One `customers` row: a person's surviving record, or a record merged into it. */
export type DemoCustomerRecord = {
  key: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  mergedIntoKey: string | null;
};

export type DemoMerge = {
  survivorKey: string;
  mergedKey: string;
  matchedOn: Record<string, string | boolean>;
  movedIdentityKeys: string[];
  movedOrderSourceKeys: string[];
  byOwner: boolean;
  mergedAt: Date;
  undoneAt: Date | null;
};

export type CustomerPlan = {
  records: DemoCustomerRecord[];
  /** Which record each identity belongs to now. */
  customerOfIdentity: Map<string, string>;
  merges: DemoMerge[];
  ambiguous: { identityKey: string; customerKey: string; candidateKeys: string[]; phone: string | null } | null;
};

const hourMs = 3_600_000;

function recordKey(person: DemoPerson): string {
  return `customer:${person.key}`;
}

/**
 * The customer records as the portal would have them after six months of matching: one per person, plus
 * the records that were created separately and merged later (automatically on a shared email or phone,
 * once by hand), and the household merge the owner undid.
 */
export function planCustomers(random: Random, people: readonly DemoPerson[], orders: readonly DemoOrder[], now: Date): CustomerPlan {
  const ordersByIdentity = new Map<string, DemoOrder[]>();
  for (const order of orders) {
    if (!order.identityKey) continue;
    const list = ordersByIdentity.get(order.identityKey) ?? [];
    list.push(order);
    ordersByIdentity.set(order.identityKey, list);
  }
  const lastOrderAt = (identities: readonly DemoIdentity[], before = now): Date | null => {
    let latest: Date | null = null;
    for (const identity of identities) for (const order of ordersByIdentity.get(identity.key) ?? []) if (order.placedAt <= before && (!latest || order.placedAt > latest)) latest = order.placedAt;
    return latest;
  };
  const ordersBefore = (identity: DemoIdentity, before: Date): string[] =>
    (ordersByIdentity.get(identity.key) ?? []).filter((order) => order.placedAt < before).map((order) => order.sourceKey);

  const records: DemoCustomerRecord[] = [];
  const customerOfIdentity = new Map<string, string>();
  const merges: DemoMerge[] = [];
  const mergedAway = (person: DemoPerson, identity: DemoIdentity, matchedOn: DemoMerge["matchedOn"], byOwner: boolean): void => {
    const survivorKey = recordKey(person);
    const mergedKey = `${survivorKey}:${identity.key}`;
    const mergedAt = new Date(identity.firstSeen.getTime() + hourMs + random.next() * Math.max(0, now.getTime() - identity.firstSeen.getTime() - 2 * hourMs));
    records.push({
      key: mergedKey,
      displayName: identity.name,
      email: identity.email,
      phone: identity.phone,
      createdAt: identity.firstSeen,
      lastSeenAt: lastOrderAt([identity], mergedAt) ?? identity.firstSeen,
      mergedIntoKey: survivorKey,
    });
    merges.push({ survivorKey, mergedKey, matchedOn, movedIdentityKeys: [identity.key], movedOrderSourceKeys: ordersBefore(identity, mergedAt), byOwner, mergedAt, undoneAt: null });
  };

  let manualMergeDone = false;
  for (const person of people) {
    person.firstSeen = new Date(Math.min(...person.identities.map((identity) => identity.firstSeen.getTime())));
    const key = recordKey(person);
    records.push({
      key,
      displayName: person.displayName,
      email: person.email,
      phone: person.phone,
      createdAt: person.firstSeen,
      lastSeenAt: lastOrderAt(person.identities) ?? person.firstSeen,
      mergedIntoKey: null,
    });
    for (const identity of person.identities) customerOfIdentity.set(identity.key, key);
    if (person.role !== "regular" || person.identities.length < 2) continue;
    const [first, later] = person.identities;
    if (!first || !later) continue;
    if (!manualMergeDone && later.system !== "lightspeed" && first.email === person.email && first.phone === person.phone) {
      // The same person checked out online with a work address: the owner merged them by hand.
      manualMergeDone = true;
      later.email = `${(person.email ?? "someone@example.com").split("@")[0] ?? "someone"}@work.example.org`;
      later.phone = null;
      mergedAway(person, later, { manual: true }, true);
    } else if (random.chance(0.12)) {
      const phone = later.phone && person.identities.some((other) => other !== later && other.phone === later.phone) ? later.phone : null;
      const email = later.email && person.identities.some((other) => other !== later && other.email === later.email) ? later.email : null;
      if (phone) mergedAway(person, later, { phone }, false);
      else if (email) mergedAway(person, later, { email }, false);
    }
  }

  const household = people.filter((person) => person.role === "household");
  const [dana, chris] = household;
  if (dana && chris) {
    const moved = chris.identities.filter((identity) => identity.system === "lightspeed");
    const mergedAt = new Date(now.getTime() - 9 * 24 * hourMs);
    merges.push({
      survivorKey: recordKey(dana),
      mergedKey: recordKey(chris),
      matchedOn: { phone: chris.phone ?? "" },
      movedIdentityKeys: moved.map((identity) => identity.key),
      movedOrderSourceKeys: moved.flatMap((identity) => ordersBefore(identity, mergedAt)),
      byOwner: false,
      mergedAt,
      undoneAt: new Date(mergedAt.getTime() + 26 * hourMs),
    });
  }
  const payer = people.find((person) => person.role === "ambiguous");
  const payerIdentity = payer?.identities[0];
  const ambiguous =
    payer && payerIdentity
      ? { identityKey: payerIdentity.key, customerKey: recordKey(payer), candidateKeys: household.map(recordKey), phone: payerIdentity.phone }
      : null;
  return { records, customerOfIdentity, merges, ambiguous };
}
