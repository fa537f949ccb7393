import { parsePhoneNumberFromString } from "libphonenumber-js";

/** A stored E.164 phone as people write it: nationally for the shop's country (`(212) 555-0143`), else internationally. */
export function formatPhone(e164: string, country: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === country.toUpperCase() ? parsed.formatNational() : parsed.formatInternational();
}
