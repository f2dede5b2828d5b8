// Typed keys: a misspelled key or a namespace that does not exist fails the typecheck. The app
// registers its German resources (src/app/i18n-types.d.ts); German is the source language.

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by declaration merging
export interface Register {}

type Resources = Register extends { resources: infer R } ? R : Record<string, Record<string, unknown>>;
export type Namespace = Extract<keyof Resources, string>;

type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralForm}` ? Base : K;

/** Every key of a word list that leads to words, as a dotted path without plural suffixes. */
type Paths<T> = { [K in keyof T & string]: T[K] extends string ? WithoutPlural<K> : `${K}.${Paths<T[K]>}` }[keyof T & string];
/** Keys whose value is a list of words (only with `returnObjects`). */
type ListKeys<T> = { [K in keyof T & string]: T[K] extends string ? never : K }[keyof T & string];

type Qualified = { [N in Namespace]: `${N}:${Paths<Resources[N]>}` }[Namespace];
type Unqualified<N extends Namespace> = N extends Namespace ? Paths<Resources[N]> : never;
type ListKey<N extends Namespace> = N extends Namespace ? ListKeys<Resources[N]> : never;
type ListOf<N extends Namespace, K extends string> = N extends Namespace ? (K extends keyof Resources[N] ? Resources[N][K] : never) : never;

export type TranslationKey<N extends Namespace> = Unqualified<N> | Qualified;
/** Values for the placeholders; `count` also picks the plural form. */
export type TranslationParams = { readonly count?: number; readonly [name: string]: string | number | null | undefined };

export interface TFunction<N extends Namespace> {
  (key: TranslationKey<N>, params?: TranslationParams): string;
  <K extends ListKey<N>>(key: K, options: { returnObjects: true }): ListOf<N, K>;
}
