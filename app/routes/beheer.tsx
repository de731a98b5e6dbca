import { Outlet } from "@remix-run/react";
import { AdminNav } from "~/components/platform/admin-nav";

/** Every /beheer page shares the admin menu; each page's loader checks its own permission. */
export default function AdminLayout() {
  return (
    <>
      <AdminNav />
      <Outlet />
    </>
  );
}
