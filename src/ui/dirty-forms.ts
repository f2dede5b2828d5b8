// A router holds only one navigation blocker at a time, so a screen with several forms
// (a detail page with an edit form and an "add" form) asks all of them through one guard.
import { useCallback, useEffect, useRef } from 'react';

export type DirtyCheck = () => boolean;
export type RegisterDirty = (check: DirtyCheck) => () => void;

/** For the screen: one `isDirty` for its UnsavedChangesGuard, and `register` for its forms. */
export function useDirtyForms(): { isDirty: DirtyCheck; register: RegisterDirty } {
  const checks = useRef(new Set<DirtyCheck>());
  const isDirty = useCallback(() => [...checks.current].some((check) => check()), []);
  const register = useCallback<RegisterDirty>((check) => {
    checks.current.add(check);
    return () => {
      checks.current.delete(check);
    };
  }, []);
  return { isDirty, register };
}

/** For a form inside such a screen: reports whether it holds unsaved input. */
export function useReportDirty(register: RegisterDirty, check: DirtyCheck): void {
  useEffect(() => register(check), [register, check]);
}
