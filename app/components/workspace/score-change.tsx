import { useTranslation } from "react-i18next";
import type { DomainComparison } from "~/models/intake.server";

const ARROWS = { up: "↑", down: "↓", same: "=" } as const;

/** How a domain's score moved since the previous intake: an arrow for the eye, words for everyone. */
export function ScoreChange({ comparison }: { comparison: DomainComparison }) {
  const { t } = useTranslation();
  if (comparison.previous === null) return <span className="text-sm text-[var(--color-muted)]">{t("workspace.intake.noPrevious")}</span>;
  if (comparison.change === null) {
    return <span className="text-sm text-[var(--color-muted)]">{t("workspace.intake.previousWas", { score: comparison.previous })}</span>;
  }
  const tone =
    comparison.change === "up"
      ? "text-[var(--color-brand-700)]"
      : comparison.change === "down"
        ? "text-[var(--color-danger-700)]"
        : "text-[var(--color-muted)]";
  return (
    <span className={`text-sm font-semibold ${tone}`}>
      <span aria-hidden="true">{ARROWS[comparison.change]} </span>
      {t(`workspace.intake.change.${comparison.change}`, { previous: comparison.previous, current: comparison.current })}
    </span>
  );
}
