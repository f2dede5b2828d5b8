// The coordinator's account screen: the county's accounts, adding one, disabling and enabling,
// and whether coordinators need a second factor.
// The server decides who may do this; the screen only says so when it refuses.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../ui/i18n';
import { PageTitle } from '../../ui/PageTitle';
import { TableScroll } from '../../ui/TableScroll';
import { paths } from '../../ui/paths';
import { useConnection } from '../../replica/connection';
import type { Role, ServerAccount } from '../../replica/server-api';
import { serverApi } from '../../replica/server-api';
import { CountyLoginSection } from './CountyLoginSection';
import { useServerFailure } from './server-failure';

export function AccountsPage() {
  const { t } = useTranslation('account');
  const connection = useConnection();
  const token = connection && !connection.expired ? connection.token : null;
  const [accounts, setAccounts] = useState<ServerAccount[] | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [draft, setDraft] = useState<{ name: string; role: Role; password: string }>({ name: '', role: 'caseworker', password: '' });

  const { failure, explain, clear } = useServerFailure();

  // Bumped after each change, so the list is read again from the server.
  const [version, setVersion] = useState(0);
  const load = () => setVersion((v) => v + 1);

  useEffect(() => {
    if (!token) return;
    let live = true;
    serverApi.accounts(token).then((list) => live && setAccounts(list), (error: unknown) => live && void explain(error));
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

  const add = async () => {
    setAdded(null);
    clear();
    try {
      const account = await serverApi.addAccount(token, { ...draft, name: draft.name.trim() });
      setAdded(t('accounts.added', { name: account.name }));
      setDraft({ name: '', role: 'caseworker', password: '' });
      load();
    } catch (error) {
      await explain(error);
    }
  };

  const toggle = async (account: ServerAccount) => {
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
                  <td>{account.disabled ? t('accounts.disabled') : t('accounts.active')}</td>
                  <td>{account.totp ? t('accounts.yes') : t('accounts.no')}</td>
                  <td>
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
            <input id="account-name" required maxLength={100} autoComplete="off" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
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
            <input id="account-password" type="password" required autoComplete="new-password" aria-describedby="account-password-hint" value={draft.password} onChange={(e) => setDraft({ ...draft, password: e.target.value })} />
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
