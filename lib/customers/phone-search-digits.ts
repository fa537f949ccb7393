import { AsYouType } from "libphonenumber-js";
import { toCountryCode } from "./normalize-phone";

const minimumDigits = 3;

/**
 * The digits to look for inside stored E.164 phones (`phone like '%' || digits || '%'`) when someone
 * types a phone number, whole or partial, in any format. A national trunk prefix is dropped (UK
 * `020 7946…` finds `+44207946…`) and an international one is read (`+1 …`, `00 44 …`, `011 44 …`),
 * so `(212) 555-0143`, `212-555-0143` and `+1 212 555 0143` all find `+12125550143`.
 * Null when the query holds fewer than 3 digits (too loose to search, or not a phone query at all).
 */
export function phoneSearchDigits(query: string, defaultCountry: string): string | null {
  const digits = query.replace(/\D/g, "");
  if (digits.length < minimumDigits) return null;
  const typing = new AsYouType(toCountryCode(defaultCountry));
  typing.input(query.trim());
  const national = typing.getNationalNumber();
  const callingCode = typing.isInternational() ? (typing.getCallingCode() ?? "") : "";
  const searchable = `${callingCode}${national}`;
  return searchable.length >= minimumDigits ? searchable : digits;
}
