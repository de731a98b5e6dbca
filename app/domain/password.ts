// Pure, so the form flags a weak password in the same pass as every other field, in the browser too.
const COMMON_PASSWORDS = new Set([
  "wachtwoord",
  "wachtwoord1",
  "wachtwoord123",
  "password",
  "password1",
  "password123",
  "welkom123",
  "welkom01",
  "qwertyuiop",
  "1234567890",
  "0123456789",
  "iloveyou12",
  "utrecht123",
  "letmein123",
  "administrator",
  "wijkmarkt1",
  "wijkmarkt123",
  "abcdefghij",
  "aaaaaaaaaa",
]);

/** A weak password is short, only digits, one character repeated, a common one, or the email. */
export function isWeakPassword(password: string, email = "") {
  const lower = password.toLowerCase();
  return (
    password.length < 10 ||
    /^\d+$/.test(password) ||
    /^(.)\1+$/.test(password) ||
    COMMON_PASSWORDS.has(lower) ||
    (email !== "" && lower.includes(email.toLowerCase().split("@")[0]!) && lower.length < 16)
  );
}
