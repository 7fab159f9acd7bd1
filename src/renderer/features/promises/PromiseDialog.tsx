import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { useWorkspace } from '../../shell/WorkspaceContext';
import { useNow } from '../../ui/NowProvider';
import { ActionDialog } from '../case/actions/ActionDialog';
import { DateTimeFields } from '../case/actions/DateTimeFields';
import { formatChoiceTime } from '../case/actions/formatChoice';
import { AFTERNOON } from '../case/actions/snoozeChoices';
import {
  addDays,
  atClock,
  dateInputValue,
  parseDateAndTime,
  systemWallClock,
  timeInputValue,
} from '../case/actions/wallClock';
import { promiseChoices, type PromiseChoiceId } from './promiseChoices';
import { useDialogCall } from '../case/actions/useDialogCall';

interface Props {
  caseId: string;
  personName: string;
  /** The person's own agent, offered as the promise's owner beside me. */
  personalAgentId: string | null;
  onClose(): void;
  onMade(): void;
  fallbackFocus(): HTMLElement | null;
}

/** `p`: "Make a promise" — what, by when (quick choices or a date and time), and who keeps it. */
export function PromiseDialog({
  caseId,
  personName,
  personalAgentId,
  onClose,
  onMade,
  fallbackFocus,
}: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const { info, agentsById, locale } = useWorkspace();
  const now = useNow();
  const clock = systemWallClock;
  const ids = { text: useId(), textError: useId(), due: useId(), owner: useId(), past: useId() };
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [openedAt] = useState(() => Date.now());
  const choices = promiseChoices(openedAt, clock);
  const today = clock.read(openedAt);
  const [text, setText] = useState('');
  const [due, setDue] = useState<PromiseChoiceId | 'custom'>(choices[0]?.id ?? 'custom');
  const [date, setDate] = useState(() => dateInputValue(addDays(today, 1)));
  const [time, setTime] = useState(() => timeInputValue(atClock(today, AFTERNOON)));
  const personalAgent =
    personalAgentId && personalAgentId !== info.me.id ? agentsById.get(personalAgentId) : undefined;
  const [ownerId, setOwnerId] = useState(info.me.id);
  const [textMissing, setTextMissing] = useState(false);
  const [dateInvalid, setDateInvalid] = useState(false);
  const { busy, error, run } = useDialogCall();

  const customAt = () => {
    const wall = parseDateAndTime(date, time);
    return wall ? clock.at(wall) : null;
  };
  const dueAt = due === 'custom' ? customAt() : (choices.find((c) => c.id === due)?.at ?? null);
  const inThePast = due === 'custom' && dueAt !== null && dueAt <= now;

  const submit = () => {
    if (text.trim() === '') {
      setTextMissing(true);
      textRef.current?.focus();
      return;
    }
    if (dueAt === null) {
      setDateInvalid(true);
      return;
    }
    run(api.call('promises.make', { caseId, text: text.trim(), dueAt, ownerId }), onMade);
  };

  return (
    <ActionDialog
      open
      title={t('promises.dialog.title')}
      description={t('promises.dialog.intro', { name: personName })}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('promises.dialog.submit')}
      busy={busy}
      error={error}
      initialFocus={textRef}
      fallbackFocus={fallbackFocus}
    >
      <div className="field">
        <label htmlFor={ids.text}>{t('promises.dialog.text')}</label>
        <textarea
          ref={textRef}
          id={ids.text}
          value={text}
          maxLength={1000}
          aria-required="true"
          aria-invalid={textMissing || undefined}
          aria-describedby={textMissing ? ids.textError : undefined}
          placeholder={t('promises.dialog.textPlaceholder')}
          onChange={(event) => {
            setText(event.target.value);
            if (event.target.value.trim() !== '') setTextMissing(false);
          }}
        />
        {textMissing && (
          <p id={ids.textError} className="field__error" role="alert">
            {t('promises.dialog.textRequired')}
          </p>
        )}
      </div>
      <fieldset className="fieldset">
        <legend>{t('promises.dialog.due')}</legend>
        <div className="choices">
          {choices.map((choice) => (
            <label key={choice.id} className="choice">
              <input
                type="radio"
                name={ids.due}
                checked={due === choice.id}
                onChange={() => setDue(choice.id)}
              />
              {t(`promises.dialog.${choice.id}`)}
              <span className="choice__when">{formatChoiceTime(choice.at, locale)}</span>
            </label>
          ))}
          <label className="choice">
            <input type="radio" name={ids.due} checked={due === 'custom'} onChange={() => setDue('custom')} />
            {t('promises.dialog.custom')}
          </label>
        </div>
      </fieldset>
      {due === 'custom' && (
        <>
          <DateTimeFields
            date={date}
            time={time}
            invalid={dateInvalid}
            describedBy={dateInvalid || inThePast ? ids.past : undefined}
            onChange={(nextDate, nextTime) => {
              setDate(nextDate);
              setTime(nextTime);
              setDateInvalid(false);
            }}
          />
          {dateInvalid ? (
            <p id={ids.past} className="field__error" role="alert">
              {t('caseActions.invalidDateTime')}
            </p>
          ) : (
            inThePast && (
              <p id={ids.past} className="field__hint">
                {t('promises.dialog.past')}
              </p>
            )
          )}
        </>
      )}
      <fieldset className="fieldset">
        <legend>{t('promises.dialog.owner')}</legend>
        <div className="choices">
          <label className="choice">
            <input
              type="radio"
              name={ids.owner}
              checked={ownerId === info.me.id}
              onChange={() => setOwnerId(info.me.id)}
            />
            {t('promises.dialog.ownerMe', { name: info.me.name })}
          </label>
          {personalAgent && (
            <label className="choice">
              <input
                type="radio"
                name={ids.owner}
                checked={ownerId === personalAgent.id}
                onChange={() => setOwnerId(personalAgent.id)}
              />
              {t('promises.dialog.ownerPersonal', { name: personalAgent.name })}
            </label>
          )}
        </div>
      </fieldset>
    </ActionDialog>
  );
}
