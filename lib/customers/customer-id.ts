import { z } from "zod";

const largestSerial = 2_147_483_647;

/**
 * A customer id as it arrives in a URL or a form: plain decimal digits within Postgres `serial` range.
 * Anything else (`abc`, `-1`, `1e3`, `0x10`, `1.5`, `99999999999`) fails, so pages answer 404 before any query.
 */
export const customerIdSchema = z
  .string()
  .trim()
  .regex(/^[0-9]{1,10}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(largestSerial));

/** For forms and route bodies that may send the id as a number too. */
export const customerIdInputSchema = z.union([z.number().int().min(1).max(largestSerial), customerIdSchema]);
