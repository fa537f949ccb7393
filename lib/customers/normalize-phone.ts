import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

/** The country as libphonenumber knows it, or undefined (then only `+…` numbers can be read). */
export function toCountryCode(country: string): CountryCode | undefined {
  const upper = country.trim().toUpperCase();
  return isSupportedCountry(upper) ? upper : undefined;
}

/**
 * A phone number in E.164 (`+12125550143`), read with `defaultCountry` (ISO 3166 alpha-2, e.g. "US")
 * for numbers written without a country code. Null when missing or not a valid number.
 */
export function normalizePhone(raw: string | null | undefined, defaultCountry: string): string | null {
  if (raw === null || raw === undefined || raw.trim() === "") return null;
  const parsed = parsePhoneNumberFromString(raw, toCountryCode(defaultCountry));
  return parsed?.isValid() ? parsed.number : null;
}
