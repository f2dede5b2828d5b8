// The tables, as Kysely sees them. One definition for SQLite and PostgreSQL: times are ISO
// 8601 text in UTC (their string order is time order in both), flags are integers 0/1, and
// records are JSON text, so neither store needs a type the other lacks.

export type CountyTable = {
  key: string;
  name: string;
  /** The last county revision handed out; each stored change takes the next one. */
  revision: number;
  require_totp: number;
  created_at: string;
};

export type AccountTable = {
  id: string;
  county: string;
  name: string;
  role: 'coordinator' | 'caseworker';
  /** scrypt$N$r$p$salt$hash: the parameters travel with the hash. */
  password_hash: string;
  disabled: number;
  /** Base32 secret of the confirmed second factor; null without one. */
  totp_secret: string | null;
  /** A secret shown for enrolment, until a code from it confirms it. */
  totp_pending_secret: string | null;
  /** The last TOTP time step used, so a code works once. */
  totp_last_step: number | null;
  created_at: string;
  updated_at: string;
};

export type SessionTable = {
  /** SHA-256 of the token; the token itself is never stored. */
  token_hash: string;
  account_id: string;
  county: string;
  created_at: string;
  last_used_at: string;
  idle_expires_at: string;
  absolute_expires_at: string;
};

export type LoginFailureTable = {
  /** "account:COUNTY:name" or "address:IP". */
  key: string;
  window_start: string;
  failures: number;
};

/** The current revision of every record, tombstones included. */
export type RecordTable = {
  county: string;
  kind: string;
  id: string;
  revision: number;
  county_revision: number;
  deleted: number;
  data: string;
  updated_by: string;
  updated_at: string;
};

/** Every revision ever stored: who changed what and when. */
export type RecordHistoryTable = {
  county: string;
  county_revision: number;
  kind: string;
  id: string;
  revision: number;
  deleted: number;
  data: string;
  account_id: string;
  updated_by: string;
  updated_at: string;
};

/** A sync request that was answered (P4): enough to give a retry the same answer. */
export type SyncRequestTable = {
  county: string;
  sync_id: string;
  account_id: string;
  since: number;
  /** The county revision after the request. */
  revision: number;
  /** JSON list of the "kind/id" keys the request sent. */
  sent: string;
  exported_at: string;
};

/** A value that lost a merge (M2, M5, M9, M14), for the coordinator to review and restore. */
export type SyncConflictTable = {
  id: string;
  county: string;
  sync_id: string | null;
  kind: string;
  record_id: string;
  /** JSON list of path segments. */
  path: string;
  reason: string;
  /** JSON of the value that stayed; null when it is absent. */
  kept: string | null;
  /** JSON of the value that lost; null when it is absent. */
  lost: string | null;
  problems: string | null;
  county_revision: number;
  kept_revision: number;
  base_revision: number | null;
  kept_by: string;
  lost_by: string;
  created_at: string;
  status: 'open' | 'restored' | 'dismissed';
  resolved_by: string | null;
  resolved_at: string | null;
};

/** A device that logged in to an account: its token (as SHA-256) exempts it from the account-wide login lock. */
export type LoginDeviceTable = {
  token_hash: string;
  account_id: string;
  created_at: string;
  last_used_at: string;
};

/** Facts about the server itself, e.g. which key seals the second-factor secrets. */
export type ServerSettingTable = {
  key: string;
  value: string;
};

export type Tables = {
  counties: CountyTable;
  accounts: AccountTable;
  sessions: SessionTable;
  login_failures: LoginFailureTable;
  records: RecordTable;
  record_history: RecordHistoryTable;
  sync_requests: SyncRequestTable;
  sync_conflicts: SyncConflictTable;
  login_devices: LoginDeviceTable;
  server_settings: ServerSettingTable;
};
