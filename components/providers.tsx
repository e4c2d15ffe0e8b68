"use client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useLocale } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { I18nProvider, RouterProvider } from "react-aria-components";

export function Providers({ children }: { children: ReactNode }) {
  // One client per browser tab; server state lives here, never copied into component state.
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 10_000, retry: 1 } } }));
  const router = useRouter();
  // React Aria's widgets take their direction (and arrow keys) from the portal's language, not
  // the browser's, and navigate their links (menu items) with Next's router.
  return (
    <I18nProvider locale={useLocale()}>
      <RouterProvider navigate={(href) => router.push(href)}>
        <QueryClientProvider client={client}>{children}</QueryClientProvider>
      </RouterProvider>
    </I18nProvider>
  );
}
