import { execFileSync, spawn } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { chaosLog } from "./chaos-log";
import { freePort } from "./free-port";

/** A Postgres server of its own (initdb in a temp folder, loopback port), which a run may crash and start again. */
export type PrivatePostgres = {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  serverUrl: string;
  /** Stops the server the way a crash does (`pg_ctl stop -m immediate`: every connection cut, no checkpoint), waits `downMs`, starts it. */
  crashAndRestart: (downMs: number) => Promise<void>;
  restarts: () => number;
  /** How to stop the server (and remove its folder) by hand, when a failed run leaves it running for inspection. */
  stopCommand: string;
  /** Stops the server and deletes its folder. */
  dispose: () => Promise<void>;
};

/** The newest installed server's binaries (Debian keeps them in /usr/lib/postgresql/<major>/bin). */
function serverBinaries(): string {
  const root = "/usr/lib/postgresql";
  const majors = existsSync(root) ? readdirSync(root).filter((name) => /^\d+$/.test(name)) : [];
  const newest = majors.sort((a, b) => Number(b) - Number(a))[0];
  if (newest === undefined || !existsSync(path.join(root, newest, "bin", "initdb"))) {
    throw new Error(`a private Postgres server needs initdb and pg_ctl under ${root}/<major>/bin (apt-get install postgresql)`);
  }
  return path.join(root, newest, "bin");
}

/** initdb refuses to run as root: as root, the server's commands run as the `postgres` user. */
function run(binary: string, args: string[]): Promise<void> {
  const asRoot = userInfo().uid === 0;
  const [command, commandArgs] = asRoot ? ["runuser", ["-u", "postgres", "--", binary, ...args]] : [binary, args];
  return new Promise((resolve, reject) => {
    let output = "";
    const child = spawn(command, commandArgs, { stdio: ["ignore", "pipe", "pipe"] });
    for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(binary)} ${args[0] ?? ""} failed (exit ${code ?? "?"}): ${output.trim().slice(-500)}`))));
  });
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = serverBinaries();
  const folder = mkdtempSync(path.join(tmpdir(), "tillbridge-pg-"));
  if (userInfo().uid === 0) {
    const idOf = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
    chownSync(folder, idOf("-u"), idOf("-g"));
  }
  const dataDir = path.join(folder, "data");
  const port = await freePort();
  await run(path.join(bin, "initdb"), ["-D", dataDir, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"]);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${folder} -c max_connections=200`;
  const start = () => run(path.join(bin, "pg_ctl"), ["start", "-D", dataDir, "-w", "-t", "60", "-l", path.join(folder, "server.log"), "-o", options]);
  const stop = (mode: "immediate" | "fast") => run(path.join(bin, "pg_ctl"), ["stop", "-D", dataDir, "-w", "-m", mode]);
  await start();
  let restarts = 0;
  chaosLog(`private Postgres server on 127.0.0.1:${port} (${dataDir})`);
  return {
    serverUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    crashAndRestart: async (downMs) => {
      await stop("immediate");
      await new Promise((resolve) => setTimeout(resolve, downMs));
      await start();
      restarts += 1;
    },
    restarts: () => restarts,
    stopCommand: `${userInfo().uid === 0 ? "runuser -u postgres -- " : ""}${path.join(bin, "pg_ctl")} stop -D ${dataDir} && rm -rf ${folder}`,
    dispose: async () => {
      await stop("fast").catch(() => undefined);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
