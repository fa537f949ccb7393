/**
 * Parses JSON, turning integers too large for a JavaScript number (Shopify ids can exceed 2^53) into strings
 * so no id is silently rounded. Integers inside strings are left alone.
 */
export function parseJsonKeepingBigIntegers(text: string): unknown {
  const quoted = text.replace(/("(?:[^"\\]|\\.)*")|(-?\d{16,})(?=\s*[,}\]])/g, (match, stringLiteral: string | undefined, digits: string | undefined) => {
    if (stringLiteral !== undefined || digits === undefined) return match;
    return Number.isSafeInteger(Number(digits)) ? digits : `"${digits}"`;
  });
  return JSON.parse(quoted);
}
