import { useRouteLoaderData } from "@remix-run/react";
import type { loader } from "~/root";

/** The signed-in user, language and messages every page shares. */
export function useRootData() {
  return useRouteLoaderData<typeof loader>("root");
}
