/**
 * Jest stand-ins for the few Taro components the app uses, as plain DOM elements (TOOLCHAIN.md: mapping to
 * `@tarojs/components-react` under jsdom does not work). Add a component here when a page starts using it.
 */
import type { CSSProperties, MouseEventHandler, ReactNode } from 'react';

interface BaseProps {
  className?: string;
  style?: CSSProperties;
  children?: ReactNode;
  onClick?: MouseEventHandler<HTMLElement>;
}

interface ButtonProps extends BaseProps {
  disabled?: boolean;
  loading?: boolean;
  size?: 'default' | 'mini';
  type?: 'primary' | 'default' | 'warn';
}

export const View = ({ className, children, onClick, style }: BaseProps) => (
  <div className={className} onClick={onClick} style={style}>
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

/** Taro's inputs report a change as `onInput({ detail: { value } })`; here a DOM change does. */
interface InputProps {
  className?: string;
  value?: string;
  type?: string;
  maxlength?: number;
  onInput?: (event: { detail: { value: string } }) => void;
}

export const Input = ({ className, value, onInput }: InputProps) => (
  <input className={className} value={value} onChange={(e) => onInput?.({ detail: { value: e.target.value } })} />
);

export const Textarea = ({ className, value, onInput }: InputProps) => (
  <textarea className={className} value={value} onChange={(e) => onInput?.({ detail: { value: e.target.value } })} />
);

export const Image = ({ className, src }: { className?: string; src: string; mode?: string }) => <img className={className} src={src} alt='' />;
