import { useTranslation } from 'react-i18next';
import { useNavigation, type Screen } from './Navigation';

const places = ['inbox', 'search', 'goals', 'settings'] as const;

/** The header's way to every top-level place, for mouse users; the keyboard has g i, /, and the palette. */
export function PlacesNav() {
  const { t } = useTranslation();
  const { screen, navigate } = useNavigation();
  const current = screen.name === 'case' || screen.name === 'person' ? 'inbox' : screen.name;
  return (
    <nav className="shell__nav" aria-label={t('nav.label')}>
      {places.map((name) => (
        <button
          key={name}
          type="button"
          className="shell__nav-item"
          aria-current={current === name ? 'page' : undefined}
          onClick={() => navigate({ name } as Screen)}
        >
          {t(`nav.${name}`)}
        </button>
      ))}
    </nav>
  );
}
