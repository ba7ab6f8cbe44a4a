import type { PropsWithChildren } from 'react';

type Props = PropsWithChildren<{
  className?: string;
  onClick?: () => void;
  disabled?: boolean;
  loading?: boolean;
  'data-testid'?: string;
  role?: string;
}>;
type ToggleProps = {
  checked?: boolean;
  onChange?: (e: { detail: { value: boolean } }) => void;
  'aria-label'?: string;
  // Taro hands nativeProps to the inner <input> on h5.
  nativeProps?: { 'aria-label'?: string };
};

export const View = ({ className, children, onClick, role, ...rest }: Props) => (
  <div className={className} onClick={onClick} role={role} data-testid={rest['data-testid']}>
    {children}
  </div>
);
export const Text = ({ className, children, onClick }: Props) => (
  <span className={className} onClick={onClick}>
    {children}
  </span>
);
export const ScrollView = ({ className, children }: Props) => <div className={className}>{children}</div>;
export const Button = ({ className, children, onClick, disabled }: Props) => (
  <button className={className} onClick={onClick} disabled={disabled}>
    {children}
  </button>
);
export const Switch = ({ checked, onChange, ...rest }: ToggleProps & { color?: string }) => (
  <input
    type="checkbox"
    role="switch"
    aria-label={rest.nativeProps?.['aria-label'] ?? rest['aria-label']}
    checked={checked}
    onChange={(e) => onChange?.({ detail: { value: e.target.checked } })}
  />
);
export const Checkbox = ({ checked, ...rest }: ToggleProps & { value?: string; color?: string }) => (
  <input type="checkbox" aria-label={rest.nativeProps?.['aria-label'] ?? rest['aria-label']} checked={checked} readOnly />
);
export const Textarea = ({
  value,
  placeholder,
  onInput,
}: {
  value?: string;
  placeholder?: string;
  onInput?: (e: { detail: { value: string } }) => void;
}) => <textarea value={value} placeholder={placeholder} onChange={(e) => onInput?.({ detail: { value: e.target.value } })} />;
export const Input = ({
  value,
  name,
  onInput,
  ...rest
}: {
  value?: string;
  name?: string;
  type?: string;
  // Taro's React Input on h5 is the <input> itself, so its attributes land on it.
  'aria-label'?: string;
  onInput?: (e: { detail: { value: string } }) => void;
}) => (
  <input name={name} aria-label={rest['aria-label']} value={value} onChange={(e) => onInput?.({ detail: { value: e.target.value } })} />
);
export const Image = ({ src, className }: { src: string; className?: string }) => <img src={src} className={className} alt="" />;
