import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../../shell/WorkspaceContext';
import { ActionDialog } from './ActionDialog';
import type { CaseTarget } from './caseTarget';
import { DateTimeFields } from './DateTimeFields';
import { formatChoiceTime } from './formatChoice';
import { MORNING, snoozeChoices } from './snoozeChoices';
import {
  addDays,
  atClock,
  dateInputValue,
  parseDateAndTime,
  systemWallClock,
  timeInputValue,
} from './wallClock';
import { useDialogCall } from './useDialogCall';

interface Props {
  target: CaseTarget;
  onClose(): void;
  /** Resolves when snoozed; rejects with the reason to show. */
  onSnooze(until: number): Promise<void>;
  fallbackFocus(): HTMLElement | null;
}

/** `s`: out of sight until a chosen time — one press on a quick choice, or a date and time of one's own. */
export function SnoozeDialog({ target, onClose, onSnooze, fallbackFocus }: Props) {
  const { t } = useTranslation();
  const { locale } = useWorkspace();
  const clock = systemWallClock;
  const [openedAt] = useState(() => Date.now());
  const choices = snoozeChoices(openedAt, clock);
  const today = clock.read(openedAt);
  const [date, setDate] = useState(() => dateInputValue(addDays(today, 1)));
  const [time, setTime] = useState(() => timeInputValue(atClock(today, MORNING)));
  const [problem, setProblem] = useState<'invalid' | 'past' | null>(null);
  const { busy, error, run } = useDialogCall();
  const firstChoice = useRef<HTMLButtonElement>(null);
  const problemId = useId();

  const snooze = (until: number) => {
    run(onSnooze(until));
  };

  const snoozeCustom = () => {
    const wall = parseDateAndTime(date, time);
    if (!wall) return setProblem('invalid');
    const until = clock.at(wall);
    if (until <= Date.now()) return setProblem('past');
    setProblem(null);
    snooze(until);
  };

  return (
    <ActionDialog
      open
      title={t('caseActions.snoozeDialog.title')}
      description={t('caseActions.snoozeDialog.intro', { subject: target.subject })}
      onClose={onClose}
      onSubmit={snoozeCustom}
      submitLabel={t('caseActions.snoozeDialog.submit')}
      busy={busy}
      error={error}
      initialFocus={firstChoice}
      fallbackFocus={fallbackFocus}
    >
      <ul className="quick-times" aria-label={t('caseActions.snoozeDialog.quick')}>
        {choices.map((choice, i) => (
          <li key={choice.id}>
            <button
              ref={i === 0 ? firstChoice : undefined}
              type="button"
              className="button quick-time"
              aria-disabled={busy || undefined}
              onClick={() => !busy && snooze(choice.at)}
            >
              <span>{t(`caseActions.snoozeDialog.${choice.id}`)}</span>
              <span className="quick-time__when">{formatChoiceTime(choice.at, locale)}</span>
            </button>
          </li>
        ))}
      </ul>
      <fieldset className="fieldset">
        <legend>{t('caseActions.snoozeDialog.custom')}</legend>
        <DateTimeFields
          date={date}
          time={time}
          min={dateInputValue(today)}
          invalid={problem !== null}
          describedBy={problem ? problemId : undefined}
          onChange={(nextDate, nextTime) => {
            setDate(nextDate);
            setTime(nextTime);
            setProblem(null);
          }}
        />
        {problem && (
          <p id={problemId} className="field__error" role="alert">
            {t(problem === 'past' ? 'caseActions.snoozeDialog.mustBeFuture' : 'caseActions.invalidDateTime')}
          </p>
        )}
      </fieldset>
    </ActionDialog>
  );
}
