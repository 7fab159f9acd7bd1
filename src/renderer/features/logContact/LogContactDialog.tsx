import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoggableChannel, type Direction } from '../../../shared/domain';
import { useApi } from '../../api/ApiProvider';
import { ActionDialog } from '../case/actions/ActionDialog';
import { parseDuration } from './parseDuration';
import { useDialogCall } from '../case/actions/useDialogCall';

interface Props {
  caseId: string;
  personName: string;
  onClose(): void;
  onLogged(): void;
  fallbackFocus(): HTMLElement | null;
}

const loggable = LoggableChannel.options;
const directions: readonly Direction[] = ['in', 'out'];

/**
 * `l`: "Log a contact" — a phone call, front-desk visit or paper letter, either way, with what it was
 * about (and a call's length). It becomes an event on the case history (contacts.log); an incoming one
 * counts toward the person's repeat-contact signal.
 */
export function LogContactDialog({ caseId, personName, onClose, onLogged, fallbackFocus }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const ids = {
    channel: useId(),
    direction: useId(),
    duration: useId(),
    hint: useId(),
    text: useId(),
    textError: useId(),
  };
  const textRef = useRef<HTMLTextAreaElement>(null);
  const durationRef = useRef<HTMLInputElement>(null);
  const [channel, setChannel] = useState<LoggableChannel>('phone');
  const [direction, setDirection] = useState<Direction>('in');
  const [duration, setDuration] = useState('');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<'duration' | 'text' | null>(null);
  const { busy, error, run } = useDialogCall();

  const submit = () => {
    const parsed = channel === 'phone' ? parseDuration(duration) : ({ ok: true, seconds: null } as const);
    if (!parsed.ok) {
      setProblem('duration');
      durationRef.current?.focus();
      return;
    }
    if (text.trim() === '') {
      setProblem('text');
      textRef.current?.focus();
      return;
    }
    run(
      api.call('contacts.log', {
        caseId,
        channel,
        direction,
        durationSec: parsed.seconds,
        bodyText: text.trim(),
      }),
      onLogged,
    );
  };

  return (
    <ActionDialog
      open
      title={t('logContact.title')}
      description={t('logContact.intro', { name: personName })}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('logContact.submit')}
      busy={busy}
      error={error}
      fallbackFocus={fallbackFocus}
    >
      <fieldset className="fieldset">
        <legend>{t('logContact.channel')}</legend>
        <div className="choices">
          {loggable.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name={ids.channel}
                checked={channel === option}
                onChange={() => setChannel(option)}
              />
              {t(`channels.${option}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('logContact.direction')}</legend>
        <div className="choices">
          {directions.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name={ids.direction}
                checked={direction === option}
                onChange={() => setDirection(option)}
              />
              {t(`logContact.${option}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {channel === 'phone' && (
        <div className="field">
          <label htmlFor={ids.duration}>{t('logContact.duration')}</label>
          <input
            ref={durationRef}
            id={ids.duration}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={duration}
            aria-invalid={problem === 'duration' || undefined}
            aria-describedby={ids.hint}
            onChange={(event) => {
              setDuration(event.target.value);
              if (problem === 'duration') setProblem(null);
            }}
          />
          <p id={ids.hint} className={problem === 'duration' ? 'field__error' : 'field__hint'}>
            {t(problem === 'duration' ? 'logContact.durationInvalid' : 'logContact.durationHint')}
          </p>
        </div>
      )}
      <div className="field">
        <label htmlFor={ids.text}>{t('logContact.text')}</label>
        <textarea
          ref={textRef}
          id={ids.text}
          value={text}
          aria-required="true"
          aria-invalid={problem === 'text' || undefined}
          aria-describedby={problem === 'text' ? ids.textError : undefined}
          onChange={(event) => {
            setText(event.target.value);
            if (problem === 'text') setProblem(null);
          }}
        />
        {problem === 'text' && (
          <p id={ids.textError} className="field__error" role="alert">
            {t('logContact.textRequired')}
          </p>
        )}
      </div>
    </ActionDialog>
  );
}
