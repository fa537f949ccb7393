export type MemoryPeak = { baselineRssMib: number; peakRssMib: number; peakHeapUsedMib: number; samples: number };

const mib = (bytes: number): number => Math.round((bytes / 1024 ** 2) * 10) / 10;

/** Samples this process's RSS and heap every `everyMs` until `stop()`, which answers the peaks (and where RSS began). */
export function sampleMemory(everyMs = 50): { stop: () => MemoryPeak } {
  const baseline = process.memoryUsage().rss;
  let peakRss = baseline;
  let peakHeap = process.memoryUsage().heapUsed;
  let samples = 0;
  const take = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
    samples += 1;
  };
  const timer = setInterval(take, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      take();
      return { baselineRssMib: mib(baseline), peakRssMib: mib(peakRss), peakHeapUsedMib: mib(peakHeap), samples };
    },
  };
}
