/** A field people never see or fill in; form robots do. Checked with `isSpam` on the server. */
const HONEYPOT_FIELD = "homepage_url";

export function HoneypotField() {
  return (
    <div style={{ display: "none" }} aria-hidden="true">
      <label htmlFor={HONEYPOT_FIELD}>Leave this field empty</label>
      <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}

export function isSpam(formData: FormData) {
  const value = formData.get(HONEYPOT_FIELD);
  return typeof value === "string" && value !== "";
}
