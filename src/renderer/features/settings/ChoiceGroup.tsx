import { useId, type ReactNode } from 'react';

export interface Choice<V extends string> {
  value: V;
  label: ReactNode;
  /** The language the label is written in, when it is not the UI's (language names are autonyms). */
  lang?: string;
}

interface Props<V extends string> {
  legend: string;
  hint?: string;
  choices: ReadonlyArray<Choice<V>>;
  value: V;
  onChange(value: V): void;
}

/** A set of radio buttons under a legend: arrows move between them, the choice applies at once. */
export function ChoiceGroup<V extends string>({ legend, hint, choices, value, onChange }: Props<V>) {
  const name = useId();
  const hintId = `${name}-hint`;
  return (
    <fieldset className="settings-choices" aria-describedby={hint ? hintId : undefined}>
      <legend className="settings-choices__legend">{legend}</legend>
      {hint && (
        <p id={hintId} className="settings__hint">
          {hint}
        </p>
      )}
      <div className="settings-choices__options">
        {choices.map((choice) => (
          <label key={choice.value} className="settings-choices__option" lang={choice.lang}>
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={choice.value === value}
              onChange={() => onChange(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
