// The admin's tables and record lists, one markup for every page: a scrollable, labelled table with a
// caption and column headers (site health, schedule, users, translations, audit), and a list of record
// cards with a heading, a status and their facts (inquiries, error reports).
import { Fragment, type ReactNode } from "react";

/** Classes of a body cell and of a body row, for the rows a page passes to <AdminTable>. */
export const cell = "px-3 py-2 align-top";
export const row = "border-b border-slate-200";

export interface Column {
  label: ReactNode;
  /** Read by screen readers only (an actions column). */
  hidden?: boolean;
  align?: "left" | "right";
}

export function AdminTable({
  caption,
  columns,
  children,
  testId,
  className = "",
  showCaption = false,
  region = false,
}: {
  caption: string;
  /** Show the caption above the table as its heading (else it is for screen readers only). */
  showCaption?: boolean;
  /**
   * Make the scrolling box a labelled, focusable region (keyboard users can scroll a wide table). Leave it
   * off where a section with the same name already surrounds the table (two landmarks of one name).
   */
  region?: boolean;
  columns: Column[];
  /** The <tr> rows. */
  children: ReactNode;
  testId?: string;
  className?: string;
}) {
  return (
    <div
      className={`overflow-x-auto ${className}`.trim()}
      {...(region ? { role: "region", "aria-label": caption, tabIndex: 0 } : {})}
    >
      <table className="min-w-full border-collapse text-left text-sm sm:text-base" data-testid={testId}>
        <caption className={showCaption ? "mb-2 text-left text-lg font-semibold text-brand-900" : "sr-only"}>
          {caption}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            {columns.map((c, i) => (
              <th
                key={i}
                scope="col"
                className={`px-3 py-2 align-bottom ${c.align === "right" ? "text-right" : "text-left"}`}
              >
                {c.hidden ? <span className="sr-only">{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** An ordered list of record cards. */
export function RecordList({ children }: { children: ReactNode }) {
  return <ol className="mt-6 space-y-4">{children}</ol>;
}

/** One record: its heading and status on one line, a highlighted border when it needs attention, its facts, then `children`. */
export function RecordCard({
  heading,
  status,
  urgent = false,
  facts,
  children,
  ...data
}: {
  heading: ReactNode;
  status: ReactNode;
  urgent?: boolean;
  /** Label and value pairs; a falsy entry is left out. */
  facts: ([label: ReactNode, value: ReactNode] | false | null | undefined | "")[];
  children?: ReactNode;
} & { [k: `data-${string}`]: string | undefined }) {
  return (
    <li className={`rounded border p-4 ${urgent ? "border-2 border-accent-600" : "border-slate-300"}`} {...data}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold text-brand-900">{heading}</h2>
        {status}
      </div>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {facts
          .filter((f) => !!f)
          .map(([label, value], i) => (
            <Fragment key={i}>
              <dt className="font-medium">{label}</dt>
              <dd className="break-words">{value}</dd>
            </Fragment>
          ))}
      </dl>
      {children}
    </li>
  );
}
