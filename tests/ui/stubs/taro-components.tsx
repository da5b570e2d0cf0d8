/**
 * Jest stand-ins for the few Taro components the app uses, as plain DOM elements (TOOLCHAIN.md: mapping to
 * `@tarojs/components-react` under jsdom does not work). Add a component here when a page starts using it.
 */
import type { CSSProperties, MouseEventHandler, ReactNode } from 'react';

interface BaseProps {
  className?: string;
  children?: ReactNode;
  onClick?: MouseEventHandler<HTMLElement>;
  style?: CSSProperties;
}

interface ButtonProps extends BaseProps {
  disabled?: boolean;
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

/** Taro's events carry the value in `detail`, as the mini-program does. */
interface FieldProps {
  className?: string;
  value?: string;
  placeholder?: string;
  onInput?: (event: { detail: { value: string } }) => void;
}

export const Input = ({ className, value, placeholder, onInput }: FieldProps) => (
  <input className={className} value={value} placeholder={placeholder} onChange={(e) => onInput?.({ detail: { value: e.target.value } })} />
);

export const Textarea = ({ className, value, placeholder, onInput }: FieldProps) => (
  <textarea className={className} value={value} placeholder={placeholder} onChange={(e) => onInput?.({ detail: { value: e.target.value } })} />
);

interface ScrollViewProps extends BaseProps {
  scrollY?: boolean;
  onScroll?: (event: { detail: { scrollTop: number } }) => void;
}

export const ScrollView = ({ className, children, style, onScroll }: ScrollViewProps) => (
  <div className={className} style={style} onScroll={(e) => onScroll?.({ detail: { scrollTop: e.currentTarget.scrollTop } })}>
    {children}
  </div>
);
