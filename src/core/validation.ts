// Turns schema failures into problems a person can act on: which field, what is wrong.
// Problems are data (a code and parameters); messages.ts words them in German or English.
import type { z } from 'zod';
import type { EntityKind, EntityOf } from './schema';
import { entitySchemas } from './schema';

export type ProblemCode =
  | 'required'
  | 'too_short'
  | 'too_long'
  | 'too_small'
  | 'too_large'
  | 'too_few'
  | 'too_many'
  | 'not_integer'
  | 'not_a_number'
  | 'invalid_format'
  | 'invalid_choice'
  | 'invalid_type'
  | 'unknown_field'
  | 'date_order'
  | 'time_order'
  | 'parent_kind'
  | 'period_mismatch'
  | 'duplicate_measurement'
  | 'future_period'
  | 'future_date'
  | 'negative_value'
  | 'out_of_range'
  | 'missing_reference'
  | 'damaged_file'
  | 'not_a_snapshot'
  | 'newer_version'
  | 'duplicate_id'
  | 'changed_meanwhile'
  | 'forbidden';

export type Problem = {
  /** Dotted path to the field, array positions included: "openingHours.0.closes". */
  path: string;
  code: ProblemCode;
  params: Record<string, string | number>;
};

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function problemOf(issue: z.core.$ZodIssue, input: unknown): Problem {
  const path = issue.path.map(String).join('.');
  const at = (code: ProblemCode, params: Record<string, string | number> = {}): Problem => ({ path, code, params });
  // An empty field is missing, whatever zod says about its shape: an empty period is not
  // "in the wrong format". Rules across fields (custom) and unknown keys keep their own words.
  const value = valueAt(input, issue.path);
  const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  if (empty && issue.code !== 'custom' && issue.code !== 'unrecognized_keys') return at('required');
  switch (issue.code) {
    case 'invalid_type': {
      // zod reports 1.5 for an int() field as the wrong type; to a person it is a number, just not whole.
      if (issue.expected === 'int' && typeof value === 'number' && Number.isFinite(value)) return at('not_integer');
      if (issue.expected === 'number' || issue.expected === 'int') return at('not_a_number');
      return at('invalid_type', { expected: issue.expected });
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? at('required') : at('too_short', { min });
      if (issue.origin === 'array' || issue.origin === 'set') return at('too_few', { min });
      return at('too_small', { min });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return at('too_long', { max });
      if (issue.origin === 'array' || issue.origin === 'set') return at('too_many', { max });
      return at('too_large', { max });
    }
    case 'invalid_format':
      return at('invalid_format', { format: issue.format });
    case 'invalid_union':
      return at('invalid_format', { format: 'union' });
    case 'invalid_value':
      return at('invalid_choice', { allowed: issue.values.map(String).join(', ') });
    case 'unrecognized_keys':
      return at('unknown_field', { keys: issue.keys.join(', ') });
    case 'custom': {
      const code = (issue.params?.problem as ProblemCode | undefined) ?? 'invalid_format';
      return at(code);
    }
    default:
      return issue.code === 'not_multiple_of' ? at('not_integer') : at('invalid_format', { format: issue.code });
  }
}

/** Problems from a zod error, each naming the field and what is wrong with it. */
export function problemsOf(error: z.ZodError, input: unknown): Problem[] {
  return error.issues.map((issue) => problemOf(issue, input));
}

/** Validates a record of the given kind; defaults are filled in on success. */
export function validateEntity<K extends EntityKind>(kind: K, input: unknown): Validated<EntityOf<K>> {
  const result = entitySchemas[kind].safeParse(input);
  if (result.success) return { ok: true, value: result.data as EntityOf<K> };
  return { ok: false, problems: problemsOf(result.error, input) };
}
