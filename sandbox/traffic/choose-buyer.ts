import type { Person } from "./customer-pool";
import type { TrafficContext } from "./traffic-context";
import type { TrafficBuyer } from "./traffic-event";

/** An online buyer: someone known before with probability `returning`, else someone new. */
export function chooseBuyer(context: TrafficContext, returning: number): { person: Person; buyer: TrafficBuyer } {
  const known = context.random.chance(returning) ? context.people.returning() : undefined;
  const person = known ?? context.people.newcomer();
  const name = `${person.firstName} ${person.lastName}`.trim();
  return { person, buyer: { email: person.email, phone: person.phone, name, existing: known !== undefined } };
}
