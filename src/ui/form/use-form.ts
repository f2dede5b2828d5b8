// One small form hook for every form in the app. The core schema is the only validator:
// the form builds the candidate record from what was typed, asks the core for problems,
// and maps each problem back to the input it belongs to. Typed text is never thrown away.
// A form that edits a stored record remembers the version it opened and hands it to the save
// as the base, so the save writes only what the person changed; while nothing is typed it
// follows the stored record, and a save refused because someone changed the same field
// meanwhile shows their values and lets the person take them or keep their own.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n';
import { problemText } from '../../core/messages';
import { sameJson as sameValue } from '../../core/merge/json';
import type { Problem } from '../../core/validation';
import { registerUnsaved, unsavedChanged } from '../unsaved-registry';

export type FormValues = Record<string, unknown>;

/** What a form needs of the stored record it edits. */
export type EditedRecord = { revision: number; updatedAt: string; updatedBy: string };

export type FormOptions<V extends FormValues, R extends EditedRecord = EditedRecord> = {
  initial: V;
  /** Problems of the candidate built from the values; empty when it is valid. */
  validate: (values: V) => Problem[];
  /**
   * Saves; returns problems when the save was refused (nothing is written then). `base` is the
   * version of `record` the person's input was made from: pass it to update() as `{ base }`.
   */
  onSubmit: (values: V, base: R | undefined) => Promise<Problem[] | void>;
  /** The stored record the form edits, as it is now (a live query); none for a new record. */
  record?: R | null;
  /** The form's values for a version of the record, to follow it and show another edit. */
  valuesOf?: (record: R) => V;
};

/** A save refused because the record changed meanwhile (code changed_meanwhile). */
export type StaleEdit = {
  /** Who changed it and when (the stored record's stamp). */
  by: string;
  at: string;
  /** The form fields changed both here and there; each shows the other value beside it. */
  fields: string[];
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
  /** Set while a save waits for the person's choice after another edit of the same fields. */
  stale: StaleEdit | null;
  /** Takes the other edit's values for the stale fields and keeps the rest of the input. */
  takeTheirs: () => void;
  /** Keeps the person's input over the other edit, now seen: the next save writes it. */
  keepMine: () => void;
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

/** The form fields a record field stands for: the same name, or the inputs nested in it. */
function fieldsFor(path: string, fields: string[]): string[] {
  const own = fieldOf(path, fields);
  return own !== undefined ? [own] : fields.filter((field) => field.startsWith(`${path}.`));
}

export function useForm<V extends FormValues, R extends EditedRecord = EditedRecord>({
  initial,
  validate,
  onSubmit,
  record,
  valuesOf,
}: FormOptions<V, R>): FormApi<V> {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const [values, setValues] = useState<V>(initial);
  const [baseline, setBaseline] = useState<V>(initial);
  const [opened, setOpened] = useState<R | undefined>(record ?? undefined);
  const [stale, setStale] = useState<StaleEdit | null>(null);
  const [shown, setShown] = useState<Set<string>>(new Set());
  const [serverProblems, setServerProblems] = useState<Problem[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const [prefix] = useState(() => `form${++formCounter}`);
  const dirtyRef = useRef(false);

  const fields = useMemo(() => Object.keys(initial), [initial]);
  const problems = useMemo(() => [...validate(values), ...serverProblems], [validate, values, serverProblems]);
  const dirty = !sameValue(values, baseline);

  // Saved elsewhere while nothing was typed here: the form shows the new version (React's
  // pattern for adjusting state to a changed prop, during render).
  if (record && valuesOf && opened && record.revision !== opened.revision && !dirty && !stale && !submitting) {
    const next = valuesOf(record);
    setOpened(record);
    setValues(next);
    setBaseline(next);
  }
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

  const save = async (input: V, base: R | undefined) => {
    setShown(new Set(fields));
    const found = validate(input);
    if (found.length > 0) {
      focusFirstInvalid(found, fields, inputId);
      return false;
    }
    setSubmitting(true);
    try {
      const refused = await onSubmit(input, base);
      if (refused && refused.length > 0) {
        setServerProblems(refused);
        const meanwhile = refused.filter((problem) => problem.code === 'changed_meanwhile');
        if (meanwhile.length > 0 && record) {
          setStale({ by: record.updatedBy, at: record.updatedAt, fields: meanwhile.flatMap((problem) => fieldsFor(problem.path, fields)) });
          // The other value stands beside the field: take the person there.
          focusFirstInvalid(meanwhile, fields, inputId);
        }
        return false;
      }
      dirtyRef.current = false;
      unsavedChanged();
      setBaseline(input);
      setStale(null);
      return true;
    } finally {
      setSubmitting(false);
    }
  };

  const submit = async (event?: React.FormEvent) => {
    event?.preventDefault();
    return save(values, opened);
  };


  const takeTheirs = () => {
    if (!record || !valuesOf || !stale) return;
    const theirs = valuesOf(record);
    const taken = { ...values };
    for (const field of stale.fields) taken[field as keyof V] = theirs[field as keyof V];
    setOpened(record);
    setBaseline(theirs);
    setValues(taken);
    setServerProblems([]);
    setStale(null);
  };

  const keepMine = () => {
    setOpened(record ?? undefined);
    setServerProblems([]);
    setStale(null);
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
    stale,
    takeTheirs,
    keepMine,
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
