"use client";

/** A two-or-more-way switch (touch-sized): one button per option, the chosen one pressed. */
export function SegmentedToggle<Value extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: ReadonlyArray<{ value: Value; label: string }>;
  value: Value;
  onChange: (value: Value) => void;
}) {
  return (
    <div role="group" aria-label={label} className="inline-flex rounded-md border border-stone-300 bg-white p-0.5">
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={option.value === value}
          onClick={() => onChange(option.value)}
          className={`min-h-10 min-w-20 rounded px-3 text-sm font-medium ${option.value === value ? "bg-brand-600 text-white" : "text-stone-700 hover:bg-stone-100"}`}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
