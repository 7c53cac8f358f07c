import { useId } from 'react';

export interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  onBlur?: () => void;
  className?: string;
}

/** A native select: short lists, fully keyboard and screen-reader friendly without a popover. */
export function SelectField<V extends string>({
  label,
  value,
  options,
  onChange,
  onBlur,
  className,
}: SelectFieldProps<V>) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`.trim()}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select
        id={id}
        className="field__input field__select"
        value={value}
        onBlur={onBlur}
        onChange={(event) => {
          const next = options.find((option) => option.value === event.target.value);
          if (next) onChange(next.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
