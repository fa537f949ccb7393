/**
 * `postinstall`: mends a bug in postgres.js 3.4.9 (porsager/postgres#1154, fix proposed in #1168, not released).
 * When a connection closes (the server restarted, a proxy cut it), `closed()` cancels the pending write timer but
 * leaves it set, and a write scheduled just before can fire on the null socket: an uncaught TypeError, after which
 * that connection never sends a query again: every query on it waits until `connect_timeout`, and an engine run
 * waiting on one is stuck (found by the fault sweep's Postgres restart). The mend: a closed connection drops its
 * unsent bytes and clears the timer, and a write that finds no socket does nothing (its query was already failed
 * with CONNECTION_CLOSED). Applied to each build of the package; refuses to guess if the code has changed.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const MARK = "/* tillbridge: postgres#1154 */";
const builds = ["src", "cjs/src", "cf/src"].map((folder) => path.join(process.cwd(), "node_modules", "postgres", folder, "connection.js"));

const mends: readonly { before: string; after: string }[] = [
  {
    before: "  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)",
    after: `  function nextWrite(fn) {\n    ${MARK}\n    if (socket === null) {\n      nextWriteTimer !== null && clearImmediate(nextWriteTimer)\n      chunk = nextWriteTimer = null\n      return false\n    }\n    const x = socket.write(chunk, fn)`,
  },
  {
    before: "    remaining = 0\n    incomings = null\n    clearImmediate(nextWriteTimer)\n",
    after: `    remaining = 0\n    incomings = null\n    clearImmediate(nextWriteTimer)\n    ${MARK}\n    chunk = nextWriteTimer = null\n`,
  },
];

for (const file of builds) {
  if (!existsSync(file)) continue;
  const source = readFileSync(file, "utf8");
  if (source.includes(MARK)) continue;
  let mended = source;
  for (const mend of mends) {
    if (!mended.includes(mend.before)) {
      throw new Error(`${file} no longer has the code this mend expects: check whether porsager/postgres#1154 is fixed upstream, then update or remove scripts/patch-postgres-js.ts`);
    }
    mended = mended.replace(mend.before, mend.after);
  }
  writeFileSync(file, mended);
  process.stdout.write(`patched ${path.relative(process.cwd(), file)} (postgres#1154)\n`);
}
