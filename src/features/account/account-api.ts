// The account routes as the server asks for them now (issue 17): a login that carries this
// device's token for the account, and the changes that need the current password (and code)
// besides the token. Written beside the screens that use them; the shared client in
// replica/server-api.ts stays as the sync engine needs it.
import { getMeta } from '../../db/repository';
import { setMeta } from '../../db/write';
import type { Login, LoginAnswer, ServerAccount } from '../../replica/server-api';
import { serverRequest } from '../../replica/server-api';

/** The current password, and the current code where the account has a second factor. */
export type Proof = { current: string; totp?: string };

export type ListedAccount = ServerAccount & { locked?: boolean };

/**
 * Each account this device logged in to keeps a device token from the server: with it, the
 * account-wide lock that someone else's guessing can put on the account does not apply to this
 * device. Kept beside (not in) the connection, so it outlives a logout.
 */
const DEVICES_KEY = 'loginDevices';
const deviceKey = (county: string, name: string) => `${county}/${name}`;

async function deviceTokenFor(county: string, name: string): Promise<string | undefined> {
  return (await getMeta<Record<string, string>>(DEVICES_KEY))?.[deviceKey(county, name)];
}

async function keepDeviceToken(county: string, name: string, token: string): Promise<void> {
  const known = (await getMeta<Record<string, string>>(DEVICES_KEY)) ?? {};
  if (known[deviceKey(county, name)] !== token) await setMeta(DEVICES_KEY, { ...known, [deviceKey(county, name)]: token });
}

export const accountApi = {
  /** Logs in with this device's token for the account, and keeps the token the server answers with. */
  async login(login: Login): Promise<LoginAnswer> {
    const county = login.county.trim().toLowerCase();
    const name = login.name.normalize('NFC').trim().toLowerCase();
    const device = await deviceTokenFor(county, name);
    const answer = await serverRequest<LoginAnswer & { device?: string }>('POST', '/api/login', { body: { ...login, ...(device ? { device } : {}) } });
    if (answer.device) await keepDeviceToken(county, name, answer.device);
    return answer;
  },
  changePassword: (token: string, change: Proof & { password: string }) => serverRequest<null>('POST', '/api/account/password', { token, body: change }),
  startTotp: (token: string, proof: Proof) => serverRequest<{ secret: string; uri: string }>('POST', '/api/account/totp', { token, body: proof }),
  setCounty: (token: string, settings: { requireTotp: boolean } & Partial<Proof>) => serverRequest<{ requireTotp: boolean }>('PATCH', '/api/county', { token, body: settings }),
  accounts: (token: string) => serverRequest<{ accounts: ListedAccount[] }>('GET', '/api/accounts', { token }).then((r) => r.accounts),
  unlock: (token: string, id: string) => serverRequest<ListedAccount>('POST', `/api/accounts/${id}/unlock`, { token }),
};
