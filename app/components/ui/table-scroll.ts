/**
 * The one way wide tables (and charts) fit a phone: the content scrolls sideways inside its box,
 * the first column of a table stays in view (.table-scroll in tailwind.css), and the page itself
 * never scrolls sideways. The box is a named, focusable region so keyboard users can scroll it.
 * Spread on the wrapping element: `<div {...tableScroll(label)}>`.
 */
export function tableScroll(label: string) {
  return { className: "table-scroll", role: "region", "aria-label": label, tabIndex: 0 } as const;
}
