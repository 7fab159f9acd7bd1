import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  date: string;
  time: string;
  onChange(date: string, time: string): void;
  /** Earliest date offered by the picker ("YYYY-MM-DD"); typed dates are checked by the caller. */
  min?: string;
  invalid?: boolean;
  /** Id of the message under the fields (what is wrong, or a warning), when one is shown. */
  describedBy?: string;
}

/** A date and a clock time in the agent's zone, as the browser's own pickers (locale-aware, keyboard-ready). */
export function DateTimeFields({ date, time, onChange, min, invalid = false, describedBy }: Props) {
  const { t } = useTranslation();
  const dateId = useId();
  const timeId = useId();
  const problem = { 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy };
  return (
    <div className="fields-row">
      <div className="field">
        <label htmlFor={dateId}>{t('caseActions.date')}</label>
        <input
          id={dateId}
          type="date"
          value={date}
          min={min}
          required
          onChange={(event) => onChange(event.target.value, time)}
          {...problem}
        />
      </div>
      <div className="field">
        <label htmlFor={timeId}>{t('caseActions.time')}</label>
        <input
          id={timeId}
          type="time"
          value={time}
          required
          onChange={(event) => onChange(date, event.target.value)}
          {...problem}
        />
      </div>
    </div>
  );
}
