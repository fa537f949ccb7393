import { readdirSync, readFileSync } from "node:fs";

const kibOf = (status: string, field: "VmRSS" | "VmHWM"): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0);
const mib = (kib: number): number => Math.round((kib / 1024) * 10) / 10;

function readStatus(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return "";
  }
}

/** `pid` and every process below it (a server may fork workers), from /proc. */
function processTree(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = /^PPid:\s+(\d+)/m.exec(readStatus(Number(entry)))?.[1];
    if (parent !== undefined) parentOf.set(Number(entry), Number(parent));
  }
  const tree = [pid];
  for (let index = 0; index < tree.length; index += 1) {
    for (const [child, parent] of parentOf) if (parent === tree[index]) tree.push(child);
  }
  return tree;
}

export type MemoryPeak = { peakRssMib: number; peakHighWaterMarkMib: number; processes: number; samples: number };

/**
 * Watches a process (and its children) until `stop()`: the largest RSS of the whole tree seen every `everyMs`, and
 * the kernel's high-water mark (VmHWM: the peak RSS, even between samples) summed over the tree at the end.
 */
export function watchProcessMemory(pid: number, everyMs = 200): { stop: () => MemoryPeak } {
  let tree = processTree(pid);
  let peakKib = 0;
  let samples = 0;
  const take = () => {
    peakKib = Math.max(peakKib, tree.reduce((total, member) => total + kibOf(readStatus(member), "VmRSS"), 0));
    samples += 1;
  };
  take();
  const timer = setInterval(take, everyMs);
  const retree = setInterval(() => (tree = processTree(pid)), 5_000);
  return {
    stop: () => {
      clearInterval(timer);
      clearInterval(retree);
      take();
      const highWater = tree.reduce((total, member) => total + kibOf(readStatus(member), "VmHWM"), 0);
      return { peakRssMib: mib(peakKib), peakHighWaterMarkMib: mib(Math.max(highWater, peakKib)), processes: tree.length, samples };
    },
  };
}
