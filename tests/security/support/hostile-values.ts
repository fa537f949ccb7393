/** What an attacker types into a form field or a query string instead of what the portal expects. */
export const hostileStrings: readonly string[] = [
  "",
  "' OR '1'='1'; drop table users; --",
  "\"><script>alert(document.cookie)</script>${7*7}",
  "\u0000",
  "\uD800",
  "x".repeat(100_000),
];

/** What an attacker puts where a whole number (an id, a count) belongs: every one must be refused. */
export const hostileNumbers: readonly string[] = [
  "-1",
  "0",
  "1.5",
  "NaN",
  "Infinity",
  "-Infinity",
  "2147483648",
  "99999999999999999999",
  "1e400",
  "1 OR 1=1",
  "[1]",
  "9".repeat(10_000),
  "\u0000",
  "",
];

/** An id that is well formed but names nothing. */
export const unknownId = "2147483647";
