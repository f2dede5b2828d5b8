import { useEffect, useRef } from 'react';

// The first screen after a page load keeps the browser's own starting point (top of page,
// skip link first); only later navigations move focus.
let firstScreen = true;

/**
 * The screen's h1. It takes focus when the screen mounts, so that after a navigation a
 * screen-reader or keyboard user starts at the new content instead of the old link.
 */
export function PageTitle({ children }: { children: React.ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstScreen) {
      firstScreen = false;
      return;
    }
    ref.current?.focus({ preventScroll: false });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
