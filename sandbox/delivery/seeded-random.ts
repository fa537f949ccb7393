/**
 * A deterministic pseudo-random source (mulberry32). The same seed gives the same sequence on every machine,
 * so a chaos run that found a bug can be replayed exactly. Not for anything secret.
 */
export type SeededRandom = {
  /** A float in [0, 1). */
  next: () => number;
  /** True with probability `p` (0 never, 1 always; no draw is taken for 0 or 1, so knobs at 0 cost nothing). */
  chance: (p: number) => boolean;
  /** An integer in [min, max], both included. */
  integer: (min: number, max: number) => number;
  /** A new array holding `items` in a shuffled order (Fisher–Yates). */
  shuffle: <T>(items: readonly T[]) => T[];
  /** A v4-shaped UUID drawn from this sequence (deterministic, unlike crypto.randomUUID). */
  uuid: () => string;
};

/** Hashes a string seed to 32 bits (xmur3) so seeds like "chaos-run-7" work as well as numbers. */
function seedToInt(seed: number | string): number {
  if (typeof seed === "number") return seed >>> 0;
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i += 1) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^ (h >>> 16)) >>> 0;
}

export function createSeededRandom(seed: number | string): SeededRandom {
  let state = seedToInt(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const integer = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    chance: (p) => (p <= 0 ? false : p >= 1 ? true : next() < p),
    integer,
    shuffle: <T>(items: readonly T[]): T[] => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i -= 1) {
        const j = integer(0, i);
        const a = out[i];
        const b = out[j];
        if (a === undefined || b === undefined) continue;
        out[i] = b;
        out[j] = a;
      }
      return out;
    },
    uuid: () => {
      const hex = Array.from({ length: 32 }, () => integer(0, 15).toString(16));
      hex[12] = "4";
      hex[16] = ((integer(0, 15) & 0x3) | 0x8).toString(16);
      const s = hex.join("");
      return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
    },
  };
}
