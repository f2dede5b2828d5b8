import 'i18next';
import type { GermanResources } from './resources';

// Typed keys: a misspelled key or a missing namespace fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: GermanResources;
  }
}
