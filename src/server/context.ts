// What every route and service of the server is handed: the store, the settings and the clock
// (passed in, so tests move time instead of waiting for it).
import type { Config } from './config';
import type { Store } from './storage/store';

export type ServerContext = {
  store: Store;
  config: Config;
  now: () => Date;
  version: string;
};
