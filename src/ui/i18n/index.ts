export { i18n } from './i18n';
export type { I18n } from './i18n';
export type { Namespace, Register, TFunction, TranslationKey } from './keys';
export { useTranslation } from './use-translation';
