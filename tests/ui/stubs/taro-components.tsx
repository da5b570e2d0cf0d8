/**
 * Jest stand-ins for the few Taro components the app uses, as plain DOM elements (TOOLCHAIN.md: mapping to
 * `@tarojs/components-react` under jsdom does not work). Add a component here when a page starts using it.
 */
import type { MouseEventHandler, ReactNode } from 'react';

interface BaseProps {
  className?: string;
  children?: ReactNode;
  onClick?: MouseEventHandler<HTMLElement>;
}

interface ButtonProps extends BaseProps {
  disabled?: boolean;
  size?: 'default' | 'mini';
  type?: 'primary' | 'default' | 'warn';
}

export const View = ({ className, children, onClick }: BaseProps) => (
  <div className={className} onClick={onClick}>
    {children}
  </div>
);

export const Text = ({ className, children, onClick }: BaseProps) => (
  <span className={className} onClick={onClick}>
    {children}
  </span>
);

export const Button = ({ className, children, onClick, disabled }: ButtonProps) => (
  <button type='button' className={className} disabled={disabled} onClick={onClick}>
    {children}
  </button>
);
