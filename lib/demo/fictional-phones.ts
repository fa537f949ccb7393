import { parsePhoneNumberFromString } from "libphonenumber-js";
import { normalizePhone } from "@/lib/customers/normalize-phone";

/**
 * Phone numbers reserved for fiction, so the demo never prints a real person's number:
 * North America's 555-0100..0199 under real area codes (555 as an area code is not a valid number),
 * Ofcom's drama ranges in the UK, ACMA's in Australia. Shops in other countries get the North-American
 * ones written internationally, which normalise whatever the default country.
 */
const northAmericanAreaCodes: Record<"US" | "CA", number[]> = {
  US: [212, 718, 917, 646, 347, 201, 973, 914, 516, 631, 203, 617, 413, 802, 207, 603, 215, 412, 202, 301, 410, 312, 415, 503, 206, 512, 720, 404, 305, 615],
  CA: [416, 647, 437, 905, 289, 613, 514, 438, 450, 604, 778, 403, 587, 780, 902, 506, 204, 306, 709, 519],
};

const britishDramaPrefixes = ["+4420794600", "+4411349600", "+4411449600", "+4411549600", "+4411649600", "+4411749600", "+4411849600", "+4412149600", "+4413149600", "+4414149600", "+4415149600", "+4416149600", "+4419149800"];
const australianFictionalPrefixes = ["+6125550", "+6135550", "+6175550", "+6185550", "+6127010", "+6137010"];

function northAmerican(country: "US" | "CA"): string[] {
  return northAmericanAreaCodes[country].flatMap((areaCode) =>
    Array.from({ length: 100 }, (_, line) => `+1${areaCode}555${String(100 + line).padStart(4, "0")}`),
  );
}

function candidatesFor(country: string): string[] {
  switch (country) {
    case "US":
    case "CA":
      return northAmerican(country);
    case "GB":
      return britishDramaPrefixes.flatMap((prefix) => Array.from({ length: 100 }, (_, line) => `${prefix}${String(line).padStart(2, "0")}`));
    case "AU":
      return australianFictionalPrefixes.flatMap((prefix) => Array.from({ length: 400 }, (_, line) => `${prefix}${String(line * 7).padStart(4, "0")}`));
    default:
      return northAmerican("US");
  }
}

/** Fictional numbers in E.164 that `normalizePhone(…, country)` accepts, in a stable order. */
export function fictionalPhoneNumbers(country: string): string[] {
  const upper = country.toUpperCase();
  return candidatesFor(upper).filter((number) => normalizePhone(number, upper) === number);
}

/** The ways a person or a till might type `e164`: national with and without punctuation, international. */
export function typedVariants(e164: string, country: string): string[] {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return [e164];
  const international = parsed.formatInternational();
  if (parsed.country !== country.toUpperCase()) return [international, international.replace(/\s/g, "-"), e164];
  const national = parsed.formatNational();
  return [national, national.replace(/[()]/g, "").replace(/\s+/g, "-"), national.replace(/\D/g, ""), international];
}
