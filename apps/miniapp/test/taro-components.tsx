import type { PropsWithChildren } from 'react';

type Props = PropsWithChildren<{ className?: string; onClick?: () => void; disabled?: boolean; loading?: boolean }>;

export const View = ({ className, children, onClick }: Props) => (
  <div className={className} onClick={onClick}>
    {children}
  </div>
);
export const Text = ({ className, children }: Props) => <span className={className}>{children}</span>;
export const Button = ({ className, children, onClick, disabled }: Props) => (
  <button className={className} onClick={onClick} disabled={disabled}>
    {children}
  </button>
);
