import { useMemo, useSyncExternalStore } from 'react';
import type { I18n } from './i18n';
import { i18n } from './i18n';
import type { Namespace, TFunction } from './keys';

const currentLanguage = () => i18n.language;

/**
 * The words of one or more namespaces in the interface language; keys without a namespace are
 * looked up in the listed ones in order ('common' when none is given).
 */
export function useTranslation<N extends Namespace = 'common'>(namespaces?: N | readonly N[]): { t: TFunction<N>; i18n: I18n } {
  const language = useSyncExternalStore(i18n.subscribe, currentLanguage, currentLanguage);
  const list = namespaces === undefined ? ['common'] : typeof namespaces === 'string' ? [namespaces] : namespaces;
  const listKey = list.join(',');
  // A new function per language, so components that depend on `t` re-render with the new words.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- listKey stands for the list's contents
  const t = useMemo(() => i18n.getFixedT(language, list as readonly N[]), [language, listKey]);
  return { t, i18n };
}
