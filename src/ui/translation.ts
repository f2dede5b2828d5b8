/**
 * The shape an English resource must have: the same keys as the German one, any wording.
 * German is the source language; a key missing in English fails the typecheck.
 */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
