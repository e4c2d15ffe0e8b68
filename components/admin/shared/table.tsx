import type { ReactNode } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** The admin lists' table frame: a caption for screen readers, headers with scope. */
export function Table({ caption, headers, children }: { caption: string; headers: string[]; children: ReactNode }) {
  return (
    <ScrollRegion label={caption} className="mt-4 overflow-x-auto rounded-lg bg-white shadow-sm">
      <table className="stack-table w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-slate-600">
          <tr>{headers.map((h) => <th key={h} scope="col" className="p-3 text-start font-medium">{h}</th>)}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}

export function EmptyRow({ columns, children }: { columns: number; children: string }) {
  return <tr><td colSpan={columns} className="p-6 text-center text-slate-600">{children}</td></tr>;
}
