// The facts of the accessibility statement that belong to the body running the app, not to the
// code: who answers feedback, and when the statement was last checked. A county deploying the
// app edits this file (the address here is the Landkreis Börde's administration seat, from
// src/example/boerde/county.json; the e-mail and phone are placeholders until the county names
// the office that answers).
export type StatementConfig = {
  publicBody: string;
  office: string;
  street: string;
  postcodeCity: string;
  /** null while the county has not named an address; the page then says so. */
  email: string | null;
  phone: string | null;
  /** ISO date the statement was written or last reviewed. */
  statementDate: string;
  /** ISO date of the last check of the app against BITV 2.0 / WCAG 2.1 AA. */
  reviewedOn: string;
};

export const statementConfig: StatementConfig = {
  publicBody: 'Landkreis Börde',
  office: 'Integrationskoordination',
  street: 'Bornsche Straße 2',
  postcodeCity: '39340 Haldensleben',
  email: null,
  phone: null,
  statementDate: '2026-11-25',
  reviewedOn: '2026-11-25',
};
