export default {
  footer: "Wijkmarkt of {{municipality}}",
  manage: "Choose which email you get: {{url}}",
  unsubscribe: "No more email about these subjects: {{url}}",
  preferences: {
    title: "Email",
    intro: "Choose for each subject how often you get email. Everything you get is also under Notifications.",
    save: "Save email choices",
    saved: "Your email choices have been saved.",
  },
  kind: {
    referrals: "Referrals",
    collective_needs: "Collective needs",
    volunteering: "Volunteer applications",
    reminders: "Reminders",
    organisation: "Your organisation and initiatives",
  },
  frequency: {
    immediately: "Straight away",
    daily: "Once a day (at 7 am)",
    weekly: "Once a week (Monday at 7 am)",
    never: "Never",
  },
  unsubscribePage: {
    title: "Unsubscribe from email",
    intro: "You will no longer get email about:",
    button: "Unsubscribe",
    done: "You have been unsubscribed. You will no longer get email about these subjects.",
    manage: "You can switch this on again under My account.",
    invalid: "This unsubscribe link is not valid (any more). Log in and choose under My account which email you get.",
  },
};
