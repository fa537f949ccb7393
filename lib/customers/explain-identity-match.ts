import { parsePhoneNumberFromString } from "libphonenumber-js";

type Contact = { email: string | null; phone: string | null };

/**
 * Why an identity that no merge brought belongs to its customer: the email or phone it shares with the
 * customer's record ("same email ann@…", "same phone +1 212 555 0143"), or "created with this customer".
 */
export function explainIdentityMatch(identity: Contact, customer: Contact): string[] {
  const reasons: string[] = [];
  if (identity.email !== null && identity.email === customer.email) reasons.push(`same email ${identity.email}`);
  if (identity.phone !== null && identity.phone === customer.phone) {
    reasons.push(`same phone ${parsePhoneNumberFromString(identity.phone)?.formatInternational() ?? identity.phone}`);
  }
  return reasons.length > 0 ? reasons : ["created with this customer"];
}
