/** Rows per INSERT: big enough to be quick, small enough for Postgres' 65,535 bind parameters. */
export const batchSize = 500;

/** Runs `insert` on consecutive slices of `rows`, one statement at a time. */
export async function insertInBatches<Row>(rows: readonly Row[], insert: (batch: Row[]) => Promise<unknown>): Promise<number> {
  for (let start = 0; start < rows.length; start += batchSize) await insert(rows.slice(start, start + batchSize));
  return rows.length;
}

/** Like `insertInBatches`, collecting what each INSERT … RETURNING gave back. */
export async function insertReturningInBatches<Row, Returned>(rows: readonly Row[], insert: (batch: Row[]) => Promise<Returned[]>): Promise<Returned[]> {
  const returned: Returned[] = [];
  for (let start = 0; start < rows.length; start += batchSize) returned.push(...(await insert(rows.slice(start, start + batchSize))));
  return returned;
}

/** Looks up an id the seed inserted earlier; a miss is a bug in the generator, so it throws. */
export function idOf<Key>(ids: ReadonlyMap<Key, number>, key: Key, what: string): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`Demo seed: no ${what} ${String(key)}`);
  return id;
}
