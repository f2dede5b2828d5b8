import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import './focus.css';
import './reflow.css';

// The screen a page load opens keeps the browser's own starting point (top of page, skip link
// first); only screens reached by a later navigation move focus. The router gives every history
// entry its own key, so "the entry the page loaded with" is recognised even when an effect runs
// twice (React's StrictMode does that in development) or a screen mounts its title late.
let loadedWithKey: string | null = null;

/**
 * The screen's h1. It takes focus when the screen mounts after a navigation, so that a
 * screen-reader or keyboard user starts at the new content instead of the old link.
 */
export function PageTitle({ children }: { children: React.ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();
  useEffect(() => {
    loadedWithKey ??= key;
    if (key === loadedWithKey) return;
    ref.current?.focus({ preventScroll: false });
    // Only on mount: a filter written to the URL (a new key) must not pull the focus away.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
