import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactPointKind, type ContactPoint } from '../../../shared/domain';
import { useApi } from '../../api/ApiProvider';

const kinds = ContactPointKind.options;

/** How to reach the person (email, phone, address, chat), and a small form to add one more. */
export function ContactPoints({ personId, points }: { personId: string; points: readonly ContactPoint[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [adding, setAdding] = useState(false);
  const [kind, setKind] = useState<ContactPointKind>('email');
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const kindRef = useRef<HTMLSelectElement>(null);
  const returnFocus = useRef(false);

  useLayoutEffect(() => {
    if (adding) kindRef.current?.focus();
    else if (returnFocus.current) addRef.current?.focus();
    returnFocus.current = false;
  }, [adding]);

  const close = () => {
    returnFocus.current = true;
    setAdding(false);
    setValue('');
    setError(null);
  };

  const submit = async () => {
    if (value.trim() === '' || busy) return;
    setBusy(true);
    try {
      await api.call('people.addContactPoint', { personId, kind, value });
      close();
    } catch (failure) {
      setError(t('person.saveFailed', { message: failure instanceof Error ? failure.message : '' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="person-section">
      <h2 className="person-section__heading">{t('person.contactPoints')}</h2>
      {points.length === 0 ? (
        <p className="muted">{t('person.noContactPoints')}</p>
      ) : (
        <ul className="person-contacts">
          {points.map((point) => (
            <li key={point.id}>
              <span className="person-contacts__kind">{t(`person.contactKind.${point.kind}`)}</span>
              <span className="person-contacts__value">{point.value}</span>
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <form
          className="person-add-contact"
          aria-label={t('person.addContactPoint')}
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
          onKeyDown={(event) => {
            // Esc closes this form; it must not also leave the person view.
            if (event.key !== 'Escape') return;
            event.preventDefault();
            close();
          }}
        >
          <label htmlFor={`${id}-kind`}>{t('person.kind')}</label>
          <select
            ref={kindRef}
            id={`${id}-kind`}
            className="input"
            value={kind}
            onChange={(event) => setKind(event.target.value as ContactPointKind)}
          >
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`person.contactKind.${k}`)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-value`}>{t('person.value')}</label>
          <input
            id={`${id}-value`}
            className="input"
            value={value}
            required
            maxLength={500}
            onChange={(event) => setValue(event.target.value)}
          />
          <button type="submit" className="button button--primary button--small" aria-disabled={busy}>
            {t('person.add')}
          </button>
          <button type="button" className="button button--small" onClick={close}>
            {t('person.cancel')}
          </button>
          {error !== null && (
            <p role="alert" className="person-error">
              {error}
            </p>
          )}
        </form>
      ) : (
        <button ref={addRef} type="button" className="button button--small" onClick={() => setAdding(true)}>
          {t('person.addContactPoint')}
        </button>
      )}
    </section>
  );
}
