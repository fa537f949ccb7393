/** A labelled, touch-sized select for the settings forms. */
export function SelectInput({
  label,
  name,
  defaultValue,
  options,
  errors,
}: {
  label: string;
  name: string;
  defaultValue?: string;
  options: readonly { value: string; label: string }[];
  errors?: readonly string[] | undefined;
}) {
  return (
    <label className="block">
      <span className="text-sm font-medium text-stone-700">{label}</span>
      <select name={name} defaultValue={defaultValue} className="mt-1 block min-h-11 w-full rounded-md border border-stone-300 bg-white px-3">
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {errors?.map((error) => (
        <span key={error} className="mt-1 block text-sm text-red-700">
          {error}
        </span>
      ))}
    </label>
  );
}
