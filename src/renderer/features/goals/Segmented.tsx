import { useId } from 'react';

interface Choice<T extends string | number> {
  value: T;
  label: string;
}

/**
 * A small set of exclusive choices drawn as a segmented control. Native radios underneath, so Tab
 * enters the group once and the arrow keys choose, as screen readers expect of a radio group.
 */
export function Segmented<T extends string | number>({
  legend,
  choices,
  value,
  onChange,
}: {
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange(value: T): void;
}) {
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="segmented__option">
          <input
            type="radio"
            className="segmented__input"
            name={name}
            checked={choice.value === value}
            onChange={() => onChange(choice.value)}
          />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
