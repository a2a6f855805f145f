// A GET filter form: selects that narrow a list, submitted without client JS.
export interface FilterField {
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
}

export function FilterForm({
  legend,
  fields,
  allLabel,
  applyLabel,
  resetLabel,
  resetHref,
}: {
  legend: string;
  fields: FilterField[];
  allLabel: string;
  applyLabel: string;
  resetLabel: string;
  resetHref: string;
}) {
  return (
    <form
      method="get"
      className="mt-6 rounded-lg border border-slate-200 bg-slate-50 p-4"
      role="search"
      aria-label={legend}
    >
      <fieldset>
        <legend className="sr-only">{legend}</legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          {fields.map((f) => (
            <label key={f.name} className="flex flex-col gap-1 text-sm font-semibold text-slate-800">
              {f.label}
              <select
                name={f.name}
                defaultValue={f.value}
                className="rounded border border-slate-400 bg-white px-2 py-2 font-normal text-slate-900"
              >
                <option value="">{allLabel}</option>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {applyLabel}
        </button>
        <a href={resetHref} className="text-sm text-brand-700 underline">
          {resetLabel}
        </a>
      </div>
    </form>
  );
}
