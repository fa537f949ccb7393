import { z } from "zod";

const largestSerial = 2_147_483_647;

/**
 * A row id (a customer, a user, a store, an attention item…) as it arrives in a URL or a form: plain decimal digits within Postgres `serial`
 * range. Anything else (`abc`, `-1`, `1e3`, `0x10`, `1.5`, `99999999999`) fails, before any query runs.
 */
export const recordIdSchema = z
  .string()
  .trim()
  .regex(/^[0-9]{1,10}$/, "Not an id")
  .transform(Number)
  .pipe(z.number().int().min(1, "Not an id").max(largestSerial, "Not an id"));
