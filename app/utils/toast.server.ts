import { createCookieSessionStorage, redirect } from "@remix-run/node";
import { ownCookieHeader } from "./cookies.server";
import { getEnv } from "./env.server";
import { sessionSecret } from "./session-secret.server";

/** A message key (with parameters) shown once after an action: the confirmation the user sees. */
export type Toast = { key: string; params?: Record<string, string | number>; tone?: "success" | "error" };

const env = getEnv();
const storage = createCookieSessionStorage({
  cookie: {
    name: "wm_toast",
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    secrets: [sessionSecret(env)],
    secure: env.NODE_ENV === "production" && env.PUBLIC_URL.startsWith("https"),
  },
});

export async function toastCookie(toast: Toast) {
  const session = await storage.getSession();
  session.flash("toast", toast);
  return storage.commitSession(session);
}

export async function redirectWithToast(url: string, toast: Toast, init: ResponseInit = {}) {
  const headers = new Headers(init.headers);
  headers.append("Set-Cookie", await toastCookie(toast));
  return redirect(url, { ...init, headers });
}

export async function readToast(request: Request): Promise<{ toast: Toast | null; setCookie: string | null }> {
  const session = await storage.getSession(ownCookieHeader(request));
  const toast = (session.get("toast") as Toast | undefined) ?? null;
  return { toast, setCookie: toast ? await storage.commitSession(session) : null };
}
