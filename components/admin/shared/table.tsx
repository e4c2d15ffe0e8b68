import type { ReactNode } from "react";

/** The admin lists' table frame: a caption for screen readers, headers with scope. */
export function Table({ caption, headers, children }: { caption: string; headers: string[]; children: ReactNode }) {
  return (
    <div className="mt-4 overflow-x-auto rounded-lg bg-white shadow-sm">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-slate-500">
          <tr>{headers.map((h) => <th key={h} scope="col" className="p-3 text-start font-medium">{h}</th>)}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function EmptyRow({ columns, children }: { columns: number; children: string }) {
  return <tr><td colSpan={columns} className="p-6 text-center text-slate-500">{children}</td></tr>;
}
