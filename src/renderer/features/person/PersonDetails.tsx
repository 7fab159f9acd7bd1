import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agent, Person } from '../../../shared/domain';
import { useApi } from '../../api/ApiProvider';
import { useWorkspace } from '../../shell/WorkspaceContext';
import { EditableFact } from './EditableFact';
import { languageNames, parseLanguages } from './personText';

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Preferred name, languages and personal agent, each changeable in place. */
export function PersonDetails({ person, personalAgent }: { person: Person; personalAgent: Agent | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const { agentsById, locale } = useWorkspace();
  const [preferredName, setPreferredName] = useState('');
  const [languages, setLanguages] = useState('');
  const [agentId, setAgentId] = useState('');

  // Resolves to null when saved, else the message to show beside the form.
  const attempt = async (run: () => Promise<unknown>): Promise<string | null> => {
    try {
      await run();
      return null;
    } catch (error) {
      return t('person.saveFailed', { message: errorText(error) });
    }
  };

  const agents = [...agentsById.values()].sort((a, b) => a.name.localeCompare(b.name, locale));
  const spoken = languageNames(person.languages, locale).join(', ');

  return (
    <section className="person-section">
      <h2 className="person-section__heading">{t('person.details')}</h2>
      <dl className="person-facts">
        <EditableFact
          label={t('person.preferredName')}
          value={person.preferredName ?? <span className="muted">{t('person.notSet')}</span>}
          changeLabel={t('person.changePreferredName')}
          onStart={() => setPreferredName(person.preferredName ?? '')}
          renderEditor={(id) => (
            <input
              id={id}
              className="input"
              value={preferredName}
              maxLength={200}
              onChange={(event) => setPreferredName(event.target.value)}
            />
          )}
          onSave={() =>
            attempt(() =>
              api.call('people.update', {
                personId: person.id,
                preferredName: preferredName.trim() === '' ? null : preferredName.trim(),
              }),
            )
          }
        />
        <EditableFact
          label={t('person.languages')}
          value={spoken === '' ? <span className="muted">{t('person.notSet')}</span> : spoken}
          changeLabel={t('person.changeLanguages')}
          onStart={() => setLanguages(person.languages.join(', '))}
          renderEditor={(id) => (
            <>
              <input
                id={id}
                className="input"
                value={languages}
                aria-describedby={`${id}-hint`}
                onChange={(event) => setLanguages(event.target.value)}
              />
              <span id={`${id}-hint`} className="person-fact__hint">
                {t('person.languagesHint')}
              </span>
            </>
          )}
          onSave={async () => {
            const parsed = parseLanguages(languages);
            if (parsed === null) return t('person.languagesInvalid');
            return attempt(() => api.call('people.update', { personId: person.id, languages: parsed }));
          }}
        />
        <EditableFact
          label={t('person.personalAgent')}
          value={personalAgent?.name ?? <span className="muted">{t('person.noPersonalAgent')}</span>}
          changeLabel={t('person.changePersonalAgent')}
          onStart={() => setAgentId(person.personalAgentId ?? '')}
          renderEditor={(id) => (
            <select
              id={id}
              className="input"
              value={agentId}
              onChange={(event) => setAgentId(event.target.value)}
            >
              <option value="">{t('person.noPersonalAgent')}</option>
              {agents.map((agent) => (
                <option key={agent.id} value={agent.id}>
                  {agent.name}
                </option>
              ))}
            </select>
          )}
          onSave={() =>
            attempt(() =>
              api.call('people.setPersonalAgent', {
                personId: person.id,
                agentId: agentId === '' ? null : agentId,
              }),
            )
          }
        />
      </dl>
    </section>
  );
}
