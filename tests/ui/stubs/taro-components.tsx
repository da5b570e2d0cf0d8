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
  size?: 'default' | 'mini';
  type?: 'primary' | 'default' | 'warn';
  loading?: boolean;
}

export const View = ({ className, style, children, onClick }: BaseProps) => (
  <div className={className} style={style} onClick={onClick}>
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

interface InputProps {
  className?: string;
  value?: string;
  placeholder?: string;
  type?: string;
  maxlength?: number;
  onInput?: (event: { detail: { value: string } }) => void;
}

/** Taro's Input/Textarea report `event.detail.value`; a change of the DOM element is reported the same way. */
export const Input = ({ className, value, placeholder, type, onInput }: InputProps) => (
  <input
    className={className}
    value={value}
    placeholder={placeholder}
    type={type === 'number' || type === 'digit' ? 'number' : 'text'}
    onChange={(e) => onInput?.({ detail: { value: e.target.value } })}
  />
);

export const Textarea = ({ className, value, placeholder, onInput }: InputProps) => (
  <textarea className={className} value={value} placeholder={placeholder} onChange={(e) => onInput?.({ detail: { value: e.target.value } })} />
);

export const Image = ({ className, src }: { className?: string; src: string; mode?: string }) => <img className={className} src={src} alt='' />;

interface ScrollViewProps extends BaseProps {
  scrollY?: boolean;
  onScroll?: (event: { detail: { scrollTop: number } }) => void;
}

export const ScrollView = ({ className, children, style, onScroll }: ScrollViewProps) => (
  <div className={className} style={style} onScroll={(e) => onScroll?.({ detail: { scrollTop: e.currentTarget.scrollTop } })}>
    {children}
  </div>
);
