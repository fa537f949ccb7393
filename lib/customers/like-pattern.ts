/** `text` made literal inside a LIKE pattern (`%`, `_` and the escape character `\` escaped). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** A LIKE pattern that finds `text` anywhere. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** A LIKE pattern that finds values starting with `text`. */
export function prefixPattern(text: string): string {
  return `${escapeLike(text)}%`;
}
