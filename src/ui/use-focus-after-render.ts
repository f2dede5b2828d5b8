// Where the focus goes after an action that changes what is on screen (WCAG 2.4.3). Focusing at
// once is too early in three common cases, and the browser then drops the focus to the page
// body: the submit button is still disabled while the save runs (a disabled element cannot take
// the focus), a modal dialog is still open (the page behind it is inert) and gives the focus back
// to its opener as it closes, or the element to focus is not rendered yet. So the target is
// asked for once React has committed the change: after the dialog has closed and the button is
// enabled again.
import { useCallback, useEffect, useRef, useState } from 'react';

type Target = () => HTMLElement | null | undefined;

/** Returns `focusAfterRender(target)`: focuses what `target` returns once the next render is on screen. */
export function useFocusAfterRender(): (target: Target) => void {
  const pending = useRef<Target | null>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    const target = pending.current;
    if (!target) return;
    pending.current = null;
    target()?.focus();
  }, [request]);
  return useCallback((target: Target) => {
    pending.current = target;
    setRequest((n) => n + 1);
  }, []);
}
