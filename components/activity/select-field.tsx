/** A labelled, touch-sized select for filter forms. */
export function SelectField({
  label,
  name,
  value,
  options,
}: {
  label: string;
  name: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <label className="block min-w-40">
      <span className="text-sm font-medium text-stone-700">{label}</span>
      <select name={name} defaultValue={value ?? ""} className="mt-1 block min-h-11 w-full rounded-md border border-stone-300 bg-white px-3">
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
