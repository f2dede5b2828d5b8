// One small form hook for every form in the app. The core schema is the only validator:
// the form builds the candidate record from what was typed, asks the core for problems,
// and maps each problem back to the input it belongs to. Typed text is never thrown away.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n';
import { problemText } from '../../core/messages';
import type { Problem } from '../../core/validation';
import { registerUnsaved, unsavedChanged } from '../unsaved-registry';

export type FormValues = Record<string, unknown>;

export type FormOptions<V extends FormValues> = {
  initial: V;
  /** Problems of the candidate built from the values; empty when it is valid. */
  validate: (values: V) => Problem[];
  /** Saves; returns problems when the save was refused (nothing is written then). */
  onSubmit: (values: V) => Promise<Problem[] | void>;
};

export type FormApi<V extends FormValues> = {
  values: V;
  set: <F extends keyof V & string>(field: F, value: V[F]) => void;
  blur: (field: keyof V & string) => void;
  error: (field: keyof V & string) => string | undefined;
  /** Problems that belong to no input of this form, worded for people. */
  otherErrors: string[];
  /**
   * Every current problem, for editors that place messages deeper than one input
   * (e.g. "openingHours.1.closes"), so they need not validate a second time.
   */
  problems: Problem[];
  submit: (event?: React.FormEvent) => Promise<boolean>;
  dirty: boolean;
  submitting: boolean;
  errorCount: number;
  /** Read at navigation time, so a save followed by a redirect is not held up. */
  isDirtyNow: () => boolean;
  inputId: (field: keyof V & string) => string;
};

/** The form field a problem belongs to: the longest field name that prefixes its path. */
function fieldOf(path: string, fields: string[]): string | undefined {
  let best: string | undefined;
  for (const field of fields) {
    if ((path === field || path.startsWith(`${field}.`)) && (!best || field.length > best.length)) best = field;
  }
  return best;
}

let formCounter = 0;

export function useForm<V extends FormValues>({ initial, validate, onSubmit }: FormOptions<V>): FormApi<V> {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const [values, setValues] = useState<V>(initial);
  const [baseline, setBaseline] = useState<V>(initial);
  const [shown, setShown] = useState<Set<string>>(new Set());
  const [serverProblems, setServerProblems] = useState<Problem[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const [prefix] = useState(() => `form${++formCounter}`);
  const dirtyRef = useRef(false);

  const fields = useMemo(() => Object.keys(initial), [initial]);
  const problems = useMemo(() => [...validate(values), ...serverProblems], [validate, values, serverProblems]);
  const dirty = JSON.stringify(values) !== JSON.stringify(baseline);
  useEffect(() => {
    dirtyRef.current = dirty;
    unsavedChanged();
  }, [dirty]);
  // App-wide, so neither a link (the one UnsavedChangesGuard) nor an update (UpdateBanner) drops it.
  useEffect(() => registerUnsaved(() => dirtyRef.current), []);

  const byField = useMemo(() => {
    const map = new Map<string, Problem>();
    const other: Problem[] = [];
    for (const problem of problems) {
      const field = fieldOf(problem.path, fields);
      if (field === undefined) other.push(problem);
      else if (!map.has(field)) map.set(field, problem);
    }
    return { map, other };
  }, [problems, fields]);

  const set = useCallback(<F extends keyof V & string>(field: F, value: V[F]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setServerProblems([]);
  }, []);

  const blur = useCallback((field: string) => {
    setShown((previous) => (previous.has(field) ? previous : new Set(previous).add(field)));
  }, []);

  const error = (field: string) => {
    const problem = shown.has(field) ? byField.map.get(field) : undefined;
    return problem ? problemText(problem, lang) : undefined;
  };

  const inputId = (field: string) => `${prefix}-${field.replace(/\W/g, '-')}`;

  const submit = async (event?: React.FormEvent) => {
    event?.preventDefault();
    setShown(new Set(fields));
    const found = validate(values);
    if (found.length > 0) {
      focusFirstInvalid(found, fields, inputId);
      return false;
    }
    setSubmitting(true);
    try {
      const refused = await onSubmit(values);
      if (refused && refused.length > 0) {
        setServerProblems(refused);
        return false;
      }
      dirtyRef.current = false;
      unsavedChanged();
      setBaseline(values);
      return true;
    } finally {
      setSubmitting(false);
    }
  };

  const visible = [...byField.map.keys()].filter((field) => shown.has(field)).reduce((sum, field) => sum + markedInputs(field, values[field], problems, fields), 0);
  const otherErrors = shown.size > 0 ? byField.other.map((p) => `${p.path} ${problemText(p, lang)}`) : [];

  return {
    values,
    set,
    blur,
    error,
    otherErrors,
    problems,
    submit,
    dirty,
    submitting,
    errorCount: visible + otherErrors.length,
    isDirtyNow: () => dirtyRef.current,
    inputId,
  };
}

/**
 * How many inputs a field with problems marks, so the summary counts what the person sees
 * in red: one, except for a list of records (opening-hour slots, translations), whose editor
 * gives every nested value its own input and message, so each problem path there is one.
 */
function markedInputs(field: string, value: unknown, problems: Problem[], fields: string[]): number {
  const records = Array.isArray(value) && value.some((item) => typeof item === 'object' && item !== null);
  if (!records) return 1;
  return new Set(problems.filter((p) => fieldOf(p.path, fields) === field).map((p) => p.path)).size;
}

function focusFirstInvalid(found: Problem[], fields: string[], inputId: (field: string) => string): void {
  for (const problem of found) {
    const field = fieldOf(problem.path, fields);
    const element = field ? document.getElementById(inputId(field)) : null;
    if (element) {
      element.focus();
      return;
    }
  }
}
