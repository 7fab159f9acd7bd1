import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PlacesNav } from './PlacesNav';
import { SyncStatusRegion } from './SyncStatusRegion';
import './shell.css';

/** The frame around every screen: the app name, the sync status, and the screen itself. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="shell__header">
        <span className="shell__name">{t('app.name')}</span>
        <PlacesNav />
        <SyncStatusRegion />
      </header>
      <main id="main" className="shell__main">
        {children}
      </main>
    </div>
  );
}
