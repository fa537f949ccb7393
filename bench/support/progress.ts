/** Progress for the person running the benchmarks: stderr only, so stdout stays one JSON line per benchmark. */
export function progress(benchmark: string, message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${benchmark}: ${message}\n`);
}
