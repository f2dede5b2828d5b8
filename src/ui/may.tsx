// A screen offers only what the device's role may do (the core's role matrix, asked through
// db/device-role.ts): a caseworker's tablet shows no "Bearbeiten" he would be refused at the
// next sync. The repository and the server refuse regardless; this only spares the person the
// attempt. The layout reads the role once, live, and shows no screen before it is known
// (device-role-context.ts), so a screen's actions come with the screen and never flash.
import type { ComponentType, ReactNode } from 'react';
import type { EntityKind } from '../core/schema';
import type { Operation } from '../db/device-role';
import { mayDo } from '../db/device-role';
import { useDeviceRoleContext } from './device-role-context';
import { useTranslation } from './i18n';
import { Loading } from './Loading';
import { PageTitle } from './PageTitle';

/** Whether the device's role may do this; undefined while the role loads. */
export function useMay(kind: EntityKind, operation: Operation, field?: string): boolean | undefined {
  const role = useDeviceRoleContext();
  return role === undefined ? undefined : mayDo(role, kind, operation, field);
}

/** Its children only where the device's role may do this; `otherwise` where it may not (not while the role loads). */
export function May({ kind, operation, field, children, otherwise = null }: { kind: EntityKind; operation: Operation; field?: string; children: ReactNode; otherwise?: ReactNode }) {
  const may = useMay(kind, operation, field);
  return may ? children : may === false ? otherwise : null;
}

/** In place of a form the role may not use (reached by its address): what the person can do instead. */
export function RoleLimit() {
  const { t } = useTranslation();
  const role = useDeviceRoleContext();
  return (
    <>
      <PageTitle>{t('roleLimit.title')}</PageTitle>
      <p>{t('roleLimit.text', { role: t(role === 'coordinator' ? 'roleLimit.coordinator' : 'roleLimit.caseworker') })}</p>
    </>
  );
}

/** A route's page only for a role that may do this; others read why (RoleLimit). */
export function onlyFor(kind: EntityKind, operation: Operation, Page: ComponentType, field?: string): ComponentType {
  return function RoleGate() {
    const may = useMay(kind, operation, field);
    if (may === undefined) return <Loading />;
    return may ? <Page /> : <RoleLimit />;
  };
}
