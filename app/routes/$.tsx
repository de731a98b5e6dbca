import type { MetaFunction } from "@remix-run/node";
import { StatusPage } from "~/components/status-page";
import { metaTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "errors.notFoundTitle");

/** Unknown addresses get the 404 page inside the site's layout, in the user's language. */
export async function loader() {
  throw new Response("Not Found", { status: 404 });
}

export default function NotFound() {
  return <StatusPage status={404} />;
}

export function ErrorBoundary() {
  return <StatusPage status={404} />;
}
