import { sql } from "drizzle-orm";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { z } from "zod";
import type { Database } from "@/lib/db/open-database";
import { queryRows } from "@/lib/db/query-rows";

export type QueryKind = "name" | "email" | "phone";

const personSchema = z.object({ display_name: z.string(), email: z.string().nullable(), phone: z.string().nullable() });

/**
 * `perKind` queries of each kind, as staff type them, drawn from customers spread over the table: part of a name,
 * a whole name, part of an email, a phone in another format or its last seven digits.
 */
export async function sampleQueries(db: Database, params: { perKind: number; customers: number }): Promise<Record<QueryKind, string[]>> {
  const stride = Math.max(1, Math.floor(params.customers / (params.perKind * 2)));
  const people = await queryRows(
    db,
    sql`select display_name, email, phone from customers
        where merged_into_id is null and email is not null and phone is not null and id % ${stride} = 1
        order by id limit ${params.perKind}`,
    personSchema,
  );
  const queries: Record<QueryKind, string[]> = { name: [], email: [], phone: [] };
  for (const [index, person] of people.entries()) {
    const [first = "", last = ""] = person.display_name.split(" ");
    queries.name.push([first.slice(0, 3), person.display_name, last, `${first} ${last.slice(0, 2)}`][index % 4] ?? first);
    const email = person.email ?? "";
    queries.email.push([email, email.slice(0, 6), email.split("@")[0] ?? email][index % 3] ?? email);
    const parsed = parsePhoneNumberFromString(person.phone ?? "");
    const national = parsed?.formatNational() ?? "";
    const digits = national.replace(/\D/g, "");
    queries.phone.push(
      [national, digits.replace(/(\d{3})(\d{3})(\d{4})/, "$1.$2.$3"), parsed?.formatInternational() ?? "", digits.slice(-7)][index % 4] ?? national,
    );
  }
  return queries;
}
