/** Dialling needs digits only: a leading + stays, the Dutch "(0)" after a country code goes, so does any other sign. */
export function telHref(phone: string): string {
  const trimmed = phone.trim().replace(/\(0\)/g, "");
  return `tel:${trimmed.startsWith("+") ? "+" : ""}${trimmed.replace(/\D/g, "")}`;
}

export function EmailLink({ email }: { email: string }) {
  return <a href={`mailto:${email}`}>{email}</a>;
}

export function PhoneLink({ phone }: { phone: string }) {
  return <a href={telHref(phone)}>{phone}</a>;
}
