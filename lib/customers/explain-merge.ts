import { parsePhoneNumberFromString } from "libphonenumber-js";

export type MergeExplanationInput = {
  matchedOn: Record<string, string | boolean>;
  /** Null for a merge the portal made on its own. */
  mergedByName: string | null;
};

function readablePhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/**
 * Why two records were taken for one person, in words: "same email ann@example.com", "same phone
 * +1 212 555 0143", "merged by Olivia Owner", with the owner's reason in quotes when one was given.
 */
export function explainMerge({ matchedOn, mergedByName }: MergeExplanationInput): string[] {
  const reasons: string[] = [];
  for (const [key, value] of Object.entries(matchedOn)) {
    if (key === "manual" || key === "reason") continue;
    if (key === "email" && typeof value === "string") reasons.push(`same email ${value}`);
    else if (key === "phone" && typeof value === "string") reasons.push(`same phone ${readablePhone(value)}`);
    else if (typeof value === "string" && value !== "") reasons.push(`same ${key} ${value}`);
  }
  if (mergedByName !== null) reasons.push(`merged by ${mergedByName}`);
  else if (matchedOn["manual"] === true) reasons.push("merged by hand");
  else reasons.push("matched automatically");
  const reason = matchedOn["reason"];
  if (typeof reason === "string" && reason.trim() !== "") reasons.push(`“${reason.trim()}”`);
  return reasons;
}
