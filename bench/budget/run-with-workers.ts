/**
 * Runs `work` for every input with `workers` of them in flight at once, as the engine runs function calls
 * (the local engine's default is 8 concurrent calls). Rejects with the first failure, after the rest finish.
 */
export async function runWithWorkers<Input>(inputs: readonly Input[], workers: number, work: (input: Input) => Promise<void>): Promise<void> {
  let next = 0;
  const failures: unknown[] = [];
  await Promise.all(
    Array.from({ length: Math.min(workers, inputs.length) }, async () => {
      for (let index = next++; index < inputs.length; index = next++) {
        const input = inputs[index];
        if (input === undefined) continue;
        await work(input).catch((error: unknown) => failures.push(error));
      }
    }),
  );
  if (failures.length > 0) throw failures[0];
}
