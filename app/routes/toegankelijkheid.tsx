import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { StatementPage } from "~/components/statement-page";
import { statementFor } from "~/components/statement-page.server";
import { message, metaPage } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) =>
  metaPage(matches, message(matches, "statements.accessibilityTitle"), message(matches, "statements.accessibilityDescription"));

export async function loader({ request }: LoaderFunctionArgs) {
  return statementFor(request, "accessibility");
}

export default function AccessibilityStatement() {
  const statement = useLoaderData<typeof loader>();
  return <StatementPage titleKey="statements.accessibilityTitle" statement={statement} />;
}
