import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseStatus, Channel, caseStatuses, channels } from '../../../shared/domain';
import { dateRanges, type SearchRequest } from './searchRequest';

type Filters = Pick<SearchRequest, 'channel' | 'status' | 'range'>;

/** Channel, status and date: plain selects, so every platform's keyboard and screen reader know them. */
export function SearchFilters({ value, onChange }: { value: Filters; onChange(filters: Filters): void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="search-filters" role="group" aria-label={t('search.filters')}>
      <label htmlFor={`${id}-channel`}>{t('search.channel')}</label>
      <select
        id={`${id}-channel`}
        value={value.channel ?? ''}
        onChange={(event) => {
          const parsed = Channel.safeParse(event.target.value);
          onChange({ ...value, channel: parsed.success ? parsed.data : null });
        }}
      >
        <option value="">{t('search.anyChannel')}</option>
        {channels.map((channel) => (
          <option key={channel} value={channel}>
            {t(`channels.${channel}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-status`}>{t('search.status')}</label>
      <select
        id={`${id}-status`}
        value={value.status ?? ''}
        onChange={(event) => {
          const parsed = CaseStatus.safeParse(event.target.value);
          onChange({ ...value, status: parsed.success ? parsed.data : null });
        }}
      >
        <option value="">{t('search.anyStatus')}</option>
        {caseStatuses.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-date`}>{t('search.date')}</label>
      <select
        id={`${id}-date`}
        value={value.range}
        onChange={(event) => {
          const range = dateRanges.find((r) => r === event.target.value);
          onChange({ ...value, range: range ?? 'any' });
        }}
      >
        {dateRanges.map((range) => (
          <option key={range} value={range}>
            {t(`search.range.${range}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
