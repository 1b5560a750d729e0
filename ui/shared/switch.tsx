// An on/off switch that is a real checkbox (role=switch), so it is labelled, focusable and works by keyboard
// (Space) in every browser and screen reader. Styles: ui/shared/controls.css.
import type { JSX } from 'preact';

export interface SwitchProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Visible text beside the switch; the label stays the accessible name. */
  children?: JSX.Element | JSX.Element[] | string;
  hideLabel?: boolean;
  describedBy?: string;
  disabled?: boolean;
  name?: string;
}

export function Switch({ label, checked, onChange, children, hideLabel, describedBy, disabled, name }: SwitchProps) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        name={name}
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span class="switch-track" aria-hidden="true" />
      <span class={hideLabel ? 'visually-hidden' : 'switch-label'}>{label}</span>
      {children}
    </label>
  );
}
