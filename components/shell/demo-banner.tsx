import { isDemo } from "@/lib/env";

/** Says plainly when the portal runs on demo data rather than a connected shop. */
export function DemoBanner() {
  if (!isDemo) return null;
  return (
    <div role="status" className="bg-amber-100 px-4 py-2 text-center text-sm font-medium text-amber-900">
      Demo data: no real shop is connected. Everything here is made up, and nothing you do reaches a real till, store or bank.
    </div>
  );
}
