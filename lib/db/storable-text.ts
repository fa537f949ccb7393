/** Postgres `text` cannot hold U+0000 (NUL): a query carrying one fails, so callers refuse or drop it first. */
export const nulCharacter = "\u0000";

export function isStorableText(value: string): boolean {
  return !value.includes(nulCharacter);
}
