import { useTranslation } from 'react-i18next';
import type { Theme } from '../../../shared/domain';
import { useWorkspace } from '../../shell/WorkspaceContext';
import { ChoiceGroup } from './ChoiceGroup';

const themes: readonly Theme[] = ['light', 'dark', 'system'];

/** Light, dark, or whatever the computer uses (followed live); applied at once. */
export function ThemeSetting({ onSave }: { onSave(theme: Theme): void }) {
  const { t } = useTranslation();
  const { prefs } = useWorkspace();
  return (
    <ChoiceGroup<Theme>
      legend={t('settings.theme.heading')}
      choices={themes.map((theme) => ({ value: theme, label: t(`settings.theme.${theme}`) }))}
      value={prefs.theme}
      onChange={onSave}
    />
  );
}
