"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { changeParams, parseListParams, toSearchString, type ListParams } from "./list-params";

/**
 * The table's query, read from and written to the address bar. The History API (which the
 * App Router keeps in sync with useSearchParams) avoids a server round trip per click; typing
 * in the search box replaces the entry instead of piling up history.
 */
export function useListParams() {
  const search = useSearchParams();
  const pathname = usePathname();
  const params = useMemo(() => parseListParams(new URLSearchParams(search.toString())), [search]);

  const navigate = useCallback(
    (next: ListParams, mode: "push" | "replace" = "push") => {
      const qs = toSearchString(next);
      const url = qs ? `${pathname}?${qs}` : pathname;
      if (mode === "replace") window.history.replaceState(null, "", url);
      else window.history.pushState(null, "", url);
    },
    [pathname],
  );

  const update = useCallback(
    (patch: Partial<ListParams>, mode?: "push" | "replace") => navigate(changeParams(params, patch), mode),
    [navigate, params],
  );

  return { params, navigate, update };
}
