import { useEffect } from 'react';
import type { Theme } from '../../shared/domain';

const darkQuery = '(prefers-color-scheme: dark)';

/** Puts the preferred theme on <html data-theme>, following the system live for "system". */
export function useAppliedTheme(theme: Theme): void {
  useEffect(() => {
    const media = window.matchMedia(darkQuery);
    const apply = () => {
      const dark = theme === 'dark' || (theme === 'system' && media.matches);
      document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    };
    apply();
    if (theme !== 'system') return;
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
}
