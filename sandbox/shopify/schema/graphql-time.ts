/** DateTime as the GraphQL Admin API renders it: ISO 8601 in UTC, no milliseconds. */
export function graphqlDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
