export type BadgeTone = "amber" | "red" | "green" | "blue" | "stone";

const tones: Record<BadgeTone, string> = {
  amber: "bg-amber-100 text-amber-900",
  red: "bg-red-100 text-red-800",
  green: "bg-brand-100 text-brand-900",
  blue: "bg-sky-100 text-sky-900",
  stone: "bg-stone-200 text-stone-700",
};

/** A short status word; the word carries the meaning, the colour only helps. */
export function Badge({ tone, children }: { tone: BadgeTone; children: React.ReactNode }) {
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${tones[tone]}`}>{children}</span>;
}
