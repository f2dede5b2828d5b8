import type { GermanResources } from './resources';

// Typed keys: a misspelled key or a missing namespace fails the typecheck.
declare module '../ui/i18n/keys' {
  interface Register {
    resources: GermanResources;
  }
}
