import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreferencesPatch } from '../../../shared/domain';
import { useKeyAction } from '../../keyboard/KeyboardProvider';
import { useNavigation } from '../../shell/Navigation';
import { useWorkspace } from '../../shell/WorkspaceContext';
import { KeymapSetting } from './KeymapSetting';
import { LanguageSetting } from './LanguageSetting';
import { SyncSetting } from './SyncSetting';
import { ThemeSetting } from './ThemeSetting';
import './settings.css';

/**
 * Language, theme, keymap, account and sync. Every choice applies at once and is stored by the desk
 * (which validates it), so it is there again after a restart. Esc goes back.
 */
export function SettingsScreen() {
  const { t } = useTranslation();
  const { updatePrefs } = useWorkspace();
  const { back } = useNavigation();
  const [failed, setFailed] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useKeyAction('nav.back', back);
  // The screen starts at its heading, so focus is never left on a control of the place we came from.
  useEffect(() => headingRef.current?.focus(), []);

  const save = (patch: PreferencesPatch): Promise<boolean> =>
    updatePrefs(patch).then(
      () => {
        setFailed(false);
        return true;
      },
      () => {
        setFailed(true);
        return false;
      },
    );

  return (
    <div className="settings">
      <h1 ref={headingRef} tabIndex={-1} className="settings__title">
        {t('settings.title')}
      </h1>
      {failed && (
        <p className="settings__error" role="alert">
          {t('settings.saveFailed')}
        </p>
      )}
      <div className="settings__pair">
        <LanguageSetting onSave={(locale) => void save({ locale })} />
        <ThemeSetting onSave={(theme) => void save({ theme })} />
      </div>
      <KeymapSetting onSave={(keymap) => save({ keymap })} />
      <SyncSetting />
    </div>
  );
}
