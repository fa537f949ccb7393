import { normalizeEmail } from "@/lib/customers/normalize-email";
import { normalizePhone } from "@/lib/customers/normalize-phone";
import { fictionalPhoneNumbers, typedVariants } from "./fictional-phones";
import { emailDomains, firstNames, lastNames } from "./people-names";
import type { Random } from "./random";
import { demoStore, type StoreKey } from "./stores";

/** Where a customer can be known: Lightspeed, one Shopify store, or Stripe. */
export type CustomerChannel = "lightspeed" | "shopify:main" | "shopify:outlet" | "stripe";

export type DemoIdentity = {
  key: string;
  personKey: string;
  channel: CustomerChannel;
  system: "lightspeed" | "shopify" | "stripe";
  storeKey: StoreKey | null;
  externalId: string;
  name: string;
  /** Normalised, as stored. */
  email: string | null;
  phone: string | null;
  firstSeen: Date;
};

/**
 * One real person. `household` people share a home phone (a merge on that phone was undone by the owner);
 * the `ambiguous` payer paid by Stripe with only that phone, so the portal could not choose between them.
 */
export type DemoPerson = {
  key: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  loyalty: number;
  firstSeen: Date;
  role: "regular" | "household" | "ambiguous";
  identities: DemoIdentity[];
};

const dayMs = 86_400_000;

const profiles: { channels: CustomerChannel[]; weight: number }[] = [
  { channels: ["lightspeed"], weight: 38 },
  { channels: ["shopify:main"], weight: 24 },
  { channels: ["lightspeed", "shopify:main"], weight: 14 },
  { channels: ["shopify:outlet"], weight: 5 },
  { channels: ["shopify:main", "shopify:outlet"], weight: 5 },
  { channels: ["stripe"], weight: 4 },
  { channels: ["lightspeed", "stripe"], weight: 3 },
  { channels: ["shopify:main", "stripe"], weight: 3 },
  { channels: ["lightspeed", "shopify:main", "stripe"], weight: 2 },
  { channels: ["lightspeed", "shopify:main", "shopify:outlet"], weight: 2 },
];

type Context = { random: Random; country: string; now: Date; windowStart: Date };

function systemOf(channel: CustomerChannel): { system: DemoIdentity["system"]; storeKey: StoreKey | null } {
  if (channel === "lightspeed" || channel === "stripe") return { system: channel, storeKey: null };
  return { system: "shopify", storeKey: channel === "shopify:main" ? "main" : "outlet" };
}

function typedEmail(random: Random, email: string): string {
  const roll = random.next();
  if (roll < 0.1) return ` ${email} `;
  if (roll < 0.2) return email.charAt(0).toUpperCase() + email.slice(1);
  if (roll < 0.25) return email.toUpperCase();
  return email;
}

function uniqueEmail(random: Random, first: string, last: string, taken: Set<string>): string {
  const plain = (value: string): string => value.normalize("NFD").replace(/[^A-Za-z]/g, "").toLowerCase();
  const [f, l] = [plain(first), plain(last)];
  const styles = [`${f}.${l}`, `${f}${l}`, `${f.charAt(0)}${l}`, `${f}_${l}`, `${l}.${f}`];
  for (let attempt = 0; ; attempt += 1) {
    const local = random.pick(styles) + (attempt > 0 || random.chance(0.2) ? String(random.int(1, 99)) : "");
    const email = `${local}@${random.pick(emailDomains)}`;
    if (!taken.has(email)) {
      taken.add(email);
      return email;
    }
  }
}

function firstSeenOf(context: Context): Date {
  const { random, now, windowStart } = context;
  if (random.chance(0.65)) return new Date(windowStart.getTime() - random.int(1, 900) * dayMs - random.int(0, dayMs));
  return new Date(windowStart.getTime() + random.next() * (now.getTime() - dayMs - windowStart.getTime()));
}

function makeIdentity(context: Context, person: DemoPerson, channel: CustomerChannel, firstSeen: Date, isFirst: boolean): DemoIdentity {
  const { random, country } = context;
  const { system, storeKey } = systemOf(channel);
  const wantsEmail = system !== "lightspeed" || random.chance(0.75);
  const phoneChance = system === "lightspeed" ? 0.8 : system === "shopify" ? 0.4 : 0.2;
  let email = wantsEmail && person.email ? normalizeEmail(typedEmail(random, person.email)) : null;
  const phone = person.phone && random.chance(phoneChance) ? normalizePhone(random.pick(typedVariants(person.phone, country)), country) : null;
  const shared = person.identities.some((other) => (email && other.email === email) || (phone && other.phone === phone));
  if (!isFirst && !shared && person.email) email = person.email;
  const name = system === "lightspeed" && random.chance(0.1) ? person.displayName.toUpperCase() : person.displayName;
  return { key: "", personKey: person.key, channel, system, storeKey, externalId: "", name, email, phone, firstSeen };
}

/** Gives every identity the id its system would have handed out, in the order they were created. */
function assignExternalIds(random: Random, identities: DemoIdentity[]): void {
  const sorted = [...identities].sort((a, b) => a.firstSeen.getTime() - b.firstSeen.getTime());
  let lightspeedId = 1000;
  const shopifyIds: Record<StoreKey, number> = { main: demoStore("main").idBase + 1_100_000_000_000, outlet: demoStore("outlet").idBase + 1_100_000_000_000 };
  for (const identity of sorted) {
    if (identity.system === "lightspeed") {
      lightspeedId += random.int(1, 3);
      identity.externalId = String(lightspeedId);
    } else if (identity.storeKey) {
      shopifyIds[identity.storeKey] += random.int(1_000, 90_000_000);
      identity.externalId = String(shopifyIds[identity.storeKey]);
    } else {
      identity.externalId = `cus_${random.token(14, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")}`;
    }
    identity.key = `${identity.channel}:${identity.externalId}`;
  }
}

/** About `count` people, each known by one to three systems, plus the household and the ambiguous payer. */
export function buildPeople(context: Context, count: number): DemoPerson[] {
  const { random, now } = context;
  const takenEmails = new Set<string>();
  const phones = random.shuffle(fictionalPhoneNumbers(context.country));
  let nextPhone = 0;
  const takePhone = (): string | null => phones[nextPhone++] ?? null;
  const people: DemoPerson[] = [];
  const addPerson = (first: string, last: string, channels: CustomerChannel[], role: DemoPerson["role"], phone: string | null): DemoPerson => {
    const inStoreOnly = channels.length === 1 && channels[0] === "lightspeed";
    const person: DemoPerson = {
      key: `person:${people.length + 1}`,
      displayName: `${first} ${last}`,
      email: !inStoreOnly || random.chance(0.75) ? uniqueEmail(random, first, last, takenEmails) : null,
      phone,
      loyalty: role === "ambiguous" ? 0 : Math.min(20, Math.pow(1 - random.next(), -0.7)),
      firstSeen: firstSeenOf(context),
      role,
      identities: [],
    };
    const order = random.shuffle(channels);
    for (const [index, channel] of order.entries()) {
      const firstSeen = index === 0 ? person.firstSeen : new Date(person.firstSeen.getTime() + random.next() * (now.getTime() - dayMs - person.firstSeen.getTime()));
      person.identities.push(makeIdentity(context, person, channel, firstSeen, index === 0));
    }
    person.identities.sort((a, b) => a.firstSeen.getTime() - b.firstSeen.getTime());
    people.push(person);
    return person;
  };

  for (let index = 0; index < count - 2; index += 1) {
    const channels = random.weighted(profiles, (profile) => profile.weight).channels;
    addPerson(random.pick(firstNames), random.pick(lastNames), channels, "regular", random.chance(0.7) ? takePhone() : null);
  }
  const homePhone = takePhone();
  for (const [first, channels] of [["Dana", ["lightspeed"]], ["Chris", ["lightspeed", "shopify:main"]]] as const) {
    const person = addPerson(first, "Reyes", [...channels], "household", homePhone);
    for (const identity of person.identities) identity.phone = homePhone;
  }
  const payer = addPerson("D.", "Reyes", ["stripe"], "ambiguous", homePhone);
  for (const identity of payer.identities) {
    identity.phone = homePhone;
    identity.email = "reyes.home@example.net";
    identity.firstSeen = new Date(now.getTime() - dayMs - 3_600_000);
  }
  payer.email = "reyes.home@example.net";
  payer.firstSeen = new Date(now.getTime() - dayMs - 3_600_000);

  for (const person of people) {
    person.email = person.identities.find((identity) => identity.email)?.email ?? null;
    person.phone = person.identities.find((identity) => identity.phone)?.phone ?? null;
  }
  assignExternalIds(random, people.flatMap((person) => person.identities));
  return people;
}
