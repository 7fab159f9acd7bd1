import type { en } from './locales/en';

// Typed keys: t('inbox.label') is checked against the English strings at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
