import type { LightspeedCustomerView } from "./lightspeed-control";
import type { TrafficRandom } from "./traffic-random";

export type Person = { firstName: string; lastName: string; email: string | null; phone: string | null };

export type CustomerPool = {
  /** Someone known before: a Lightspeed customer, or an earlier buyer of this run. Undefined when nobody is known. */
  returning: () => Person | undefined;
  /** Someone new (always an email, sometimes a phone), remembered as known from now on. */
  newcomer: () => Person;
};

const FIRST_NAMES = [
  "Ada", "Bea", "Cal", "Dev", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jo", "Kai", "Lou", "Mae", "Ned", "Oli", "Pia",
  "Quin", "Rae", "Sol", "Tess", "Uma", "Vic", "Wren", "Xan", "Yara", "Zed",
];
const LAST_NAMES = [
  "Archer", "Baker", "Carter", "Dalton", "Ellis", "Fisher", "Garner", "Hayes", "Irving", "Jensen", "Keller", "Lowell",
  "Mercer", "Nolan", "Oakes", "Porter", "Quimby", "Reyes", "Sutton", "Tanner", "Underwood", "Vance", "Walsh", "Young",
];
/** Area codes the demo shop does not use, with North America's fictional 555-0100…0199 lines. */
const AREA_CODES = [213, 310, 323, 424, 818, 626, 702, 808, 907, 303, 602, 480, 612, 651, 314, 816, 216, 614, 513, 317];

function fictionalPhone(index: number): string {
  const area = AREA_CODES[index % AREA_CODES.length] ?? 213;
  return `+1${area}555${String(100 + (Math.floor(index / AREA_CODES.length) % 100)).padStart(4, "0")}`;
}

function fromLightspeed(customer: LightspeedCustomerView): Person {
  return {
    firstName: customer.firstName,
    lastName: customer.lastName,
    email: customer.emails[0]?.address ?? null,
    phone: customer.phones[0]?.number ?? null,
  };
}

export function createCustomerPool(random: TrafficRandom, knownCustomers: readonly LightspeedCustomerView[]): CustomerPool {
  const regulars = knownCustomers.map(fromLightspeed);
  const newcomers: Person[] = [];
  return {
    returning: () => {
      const fromRun = newcomers.length > 0 && (regulars.length === 0 || random.chance(0.4));
      return random.pick(fromRun ? newcomers : regulars);
    },
    newcomer: () => {
      const index = newcomers.length;
      const firstName = random.pick(FIRST_NAMES) ?? "Ada";
      const lastName = random.pick(LAST_NAMES) ?? "Archer";
      const person: Person = {
        firstName,
        lastName,
        email: `${firstName}.${lastName}.${index + 1}@example.org`.toLowerCase(),
        phone: random.chance(0.4) ? fictionalPhone(index) : null,
      };
      newcomers.push(person);
      return person;
    },
  };
}
