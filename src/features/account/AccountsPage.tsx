// The coordinator's account screen: the county's accounts, adding one, disabling and enabling,
// lifting a login block that failed logins put on an account, and whether coordinators need a
// second factor. A new account's name is checked by the core's rule before it is sent (the
// server applies the same rule, and alone knows whether it reads like an existing name).
// The server decides who may do this; the screen only says so when it refuses.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { accountNameMessages, accountNameProblem, normalizeAccountName } from '../../core/account-name';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../core/password-length';
import { useTranslation } from '../../ui/i18n';
import { PageTitle } from '../../ui/PageTitle';
import { TableScroll } from '../../ui/TableScroll';
import { paths } from '../../ui/paths';
import { useConnection } from '../../replica/connection';
import type { Role } from '../../replica/server-api';
import { ServerError, serverApi } from '../../replica/server-api';
import type { ListedAccount } from './account-api';
import { accountApi } from './account-api';
import { CountyLoginSection } from './CountyLoginSection';
import { weakPasswordText } from './proof';
import { useServerFailure } from './server-failure';

export function AccountsPage() {
  const { t, i18n } = useTranslation('account');
  const connection = useConnection();
  const token = connection && !connection.expired ? connection.token : null;
  const [accounts, setAccounts] = useState<ListedAccount[] | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [draft, setDraft] = useState<{ name: string; role: Role; password: string }>({ name: '', role: 'caseworker', password: '' });
  const [draftErrors, setDraftErrors] = useState<{ name?: string; password?: string }>({});

  const { failure, explain, clear } = useServerFailure();

  // Bumped after each change, so the list is read again from the server.
  const [version, setVersion] = useState(0);
  const load = () => setVersion((v) => v + 1);

  useEffect(() => {
    if (!token) return;
    let live = true;
    accountApi.accounts(token).then((list) => live && setAccounts(list), (error: unknown) => live && void explain(error));
    return () => {
      live = false;
    };
  }, [token, version, explain]);

  if (!token || !connection) {
    return (
      <>
        <PageTitle>{t('accounts.title')}</PageTitle>
        <p>
          <Link to={paths.account()}>{t('accounts.needLogin')}</Link>
        </p>
      </>
    );
  }

  const nameText = (problem: keyof typeof accountNameMessages) => accountNameMessages[problem][i18n.language];

  const add = async () => {
    setAdded(null);
    clear();
    const problem = accountNameProblem(normalizeAccountName(draft.name));
    setDraftErrors(problem ? { name: nameText(problem) } : {});
    if (problem) {
      document.getElementById('account-name')?.focus();
      return;
    }
    try {
      const account = await serverApi.addAccount(token, { ...draft, name: draft.name.trim() });
      setAdded(t('accounts.added', { name: account.name }));
      setDraft({ name: '', role: 'caseworker', password: '' });
      load();
    } catch (error) {
      const code = error instanceof ServerError ? error.code : null;
      const reason = error instanceof ServerError ? error.details.reason : null;
      if (code === 'invalid_name' && typeof reason === 'string' && reason in accountNameMessages) setDraftErrors({ name: nameText(reason as keyof typeof accountNameMessages) });
      else if (code === 'name_taken') setDraftErrors({ name: reason === 'looks_like' ? nameText('looks_like') : t('errors.name_taken') });
      else if (error instanceof ServerError && code === 'weak_password') setDraftErrors({ password: weakPasswordText(t, error.details, { min: PASSWORD_MIN, max: PASSWORD_MAX }) });
      else await explain(error);
    }
  };

  const unlock = async (account: ListedAccount) => {
    setAdded(null);
    clear();
    try {
      await accountApi.unlock(token, account.id);
      setAdded(t('accounts.unlocked', { name: account.name }));
      load();
    } catch (error) {
      await explain(error);
    }
  };

  const toggle = async (account: ListedAccount) => {
    try {
      await serverApi.changeAccount(token, account.id, { disabled: !account.disabled });
      load();
    } catch (error) {
      await explain(error);
    }
  };

  return (
    <>
      <PageTitle>{t('accounts.title')}</PageTitle>
      {connection.role !== 'coordinator' ? <p>{t('accounts.onlyCoordinator')}</p> : null}
      {failure ? (
        <p className="form-errors" role="alert">
          {failure}
        </p>
      ) : null}
      {accounts === null ? (
        <p>{t('accounts.loading')}</p>
      ) : (
        <section className="card" aria-labelledby="accounts-list">
          <h2 id="accounts-list">{t('accounts.count', { count: accounts.length })}</h2>
          <TableScroll label={t('accounts.title')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('accounts.name')}</th>
                <th scope="col">{t('accounts.role')}</th>
                <th scope="col">{t('accounts.status')}</th>
                <th scope="col">{t('accounts.totp')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('accounts.status')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => (
                <tr key={account.id}>
                  <td>{account.name}</td>
                  <td>{t(`roles.${account.role}`)}</td>
                  <td>
                    {account.disabled ? t('accounts.disabled') : t('accounts.active')}
                    {account.locked ? <span className="meta"> · {t('accounts.locked')}</span> : null}
                  </td>
                  <td>{account.totp ? t('accounts.yes') : t('accounts.no')}</td>
                  <td>
                    {account.locked ? (
                      <button type="button" className="button" aria-label={t('accounts.unlockNamed', { name: account.name })} onClick={() => void unlock(account)}>
                        {t('accounts.unlock')}
                      </button>
                    ) : null}
                    {account.name !== connection.name ? (
                      <button
                        type="button"
                        className="button"
                        aria-label={account.disabled ? t('accounts.enableNamed', { name: account.name }) : t('accounts.disableNamed', { name: account.name })}
                        onClick={() => void toggle(account)}
                      >
                        {account.disabled ? t('accounts.enable') : t('accounts.disable')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          </TableScroll>
          {accounts.some((a) => a.locked) ? <p className="field-hint">{t('accounts.lockedHint')}</p> : null}
        </section>
      )}
      {connection.role === 'coordinator' ? <CountyLoginSection token={token} /> : null}
      <section className="card" aria-labelledby="accounts-add">
        <h2 id="accounts-add">{t('accounts.add')}</h2>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
        >
          <div className="field">
            <label className="field-label" htmlFor="account-name">
              {t('accounts.name')}
            </label>
            <input
              id="account-name"
              required
              maxLength={100}
              autoComplete="off"
              value={draft.name}
              aria-invalid={draftErrors.name ? true : undefined}
              aria-describedby={draftErrors.name ? 'account-name-message' : undefined}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            />
            {draftErrors.name ? (
              <p className="field-error" id="account-name-message">
                {draftErrors.name}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label className="field-label" htmlFor="account-role">
              {t('accounts.role')}
            </label>
            <select id="account-role" value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value as Role })}>
              <option value="caseworker">{t('roles.caseworker')}</option>
              <option value="coordinator">{t('roles.coordinator')}</option>
            </select>
          </div>
          <div className="field">
            <label className="field-label" htmlFor="account-password">
              {t('accounts.password')}
            </label>
            <p className="field-hint" id="account-password-hint">
              {t('accounts.passwordHint')}
            </p>
            <input
              id="account-password"
              type="password"
              required
              autoComplete="new-password"
              aria-invalid={draftErrors.password ? true : undefined}
              aria-describedby={draftErrors.password ? 'account-password-hint account-password-message' : 'account-password-hint'}
              value={draft.password}
              onChange={(e) => setDraft({ ...draft, password: e.target.value })}
            />
            {draftErrors.password ? (
              <p className="field-error" id="account-password-message">
                {draftErrors.password}
              </p>
            ) : null}
          </div>
          <div className="actions">
            <button type="submit" className="button primary">
              {t('accounts.add')}
            </button>
          </div>
          <p role="status">{added}</p>
        </form>
      </section>
    </>
  );
}
