/**
 * A wide table's own horizontal scroller, so the page itself never scrolls sideways (WCAG
 * 1.4.10). It is focusable, so a keyboard user can scroll it with the arrow keys even when the
 * table holds no link or button (axe: scrollable-region-focusable), and named, so a screen
 * reader says what the region holds.
 */
export function TableScroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
