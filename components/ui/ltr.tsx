import type { ReactNode } from "react";

/**
 * Text that reads left to right in either language and must not be reordered by the Arabic
 * around it: Emirates IDs (784-YYYY-NNNNNNN-C), hashes, batch ids, codes, addresses. `<bdi>`
 * isolates it from its neighbours (parentheses beside it do not flip); `dir="ltr"` keeps its
 * own digits and dashes in order.
 */
export function Ltr({ children, className }: { children: ReactNode; className?: string }) {
  return <bdi dir="ltr" className={className}>{children}</bdi>;
}
