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
  id?: string;
  disabled?: boolean;
  loading?: boolean;
  size?: 'default' | 'mini';
  type?: 'primary' | 'default' | 'warn';
  openType?: string;
  onAgreePrivacyAuthorization?: () => void;
}

/** Taro's input events carry the value in `detail.value`, as the mini-program's do. */
interface InputProps {
  className?: string;
  value?: string;
  placeholder?: string;
  maxlength?: number;
  onInput?: (event: { detail: { value: string } }) => void;
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

export const Button = ({ id, className, children, onClick, disabled, loading, openType, onAgreePrivacyAuthorization }: ButtonProps) => (
  <button
    type='button'
    id={id}
    className={className}
    disabled={disabled}
    data-loading={loading ? 'true' : undefined}
    data-open-type={openType}
    onClick={(event) => {
      onClick?.(event);
      if (openType === 'agreePrivacyAuthorization') onAgreePrivacyAuthorization?.();
    }}
  >
    {children}
  </button>
);

export const Input = ({ className, value, placeholder, maxlength, onInput }: InputProps) => (
  <input
    className={className}
    value={value}
    placeholder={placeholder}
    maxLength={maxlength}
    onChange={(event) => onInput?.({ detail: { value: event.target.value } })}
  />
);

export const Textarea = ({ className, value, placeholder, maxlength, onInput }: InputProps) => (
  <textarea
    className={className}
    value={value}
    placeholder={placeholder}
    maxLength={maxlength}
    onChange={(event) => onInput?.({ detail: { value: event.target.value } })}
  />
);
