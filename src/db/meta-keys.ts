// Keys of the settings and bookkeeping rows in the meta table, in a module of their own so
// that start-up code can read them without loading the schemas.
export const LAST_EXPORT_KEY = 'lastExportAt';
export const INITIALIZED_KEY = 'initialized';
export const AUTHOR_KEY = 'author';
export const LAST_SYNC_KEY = 'lastSyncAt';
/** The county revision this device last received from the server (src/db/outbox.ts). */
export const SYNC_SINCE_KEY = 'syncSince';
/**
 * This device's connection to the county server (src/replica/connection.ts writes it): who
 * logged in, with which role and token. Here so that the write path can read the device's role
 * without the replica.
 */
export const CONNECTION_KEY = 'serverConnection';
/** Tokens of logouts made offline, whose sessions end on the server when the device is next online (src/replica/session-end.ts). */
export const SESSIONS_TO_END_KEY = 'sessionsToEnd';
