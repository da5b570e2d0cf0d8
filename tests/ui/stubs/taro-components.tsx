/**
 * Jest stand-ins for the few Taro components the app uses, as plain DOM elements (TOOLCHAIN.md: mapping to
 * `@tarojs/components-react` under jsdom does not work). Add a component here when a page starts using it.
 */
import {
  forwardRef,
  type CSSProperties,
  type MouseEventHandler,
  type ReactNode,
  type TouchEventHandler,
  type TransitionEventHandler,
} from 'react';

interface BaseProps {
  className?: string;
  style?: CSSProperties;
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

interface ViewProps extends BaseProps {
  onTouchStart?: TouchEventHandler<HTMLElement>;
  onTouchMove?: TouchEventHandler<HTMLElement>;
  onTouchEnd?: TouchEventHandler<HTMLElement>;
  onTransitionEnd?: TransitionEventHandler<HTMLElement>;
}

/** Forwards its ref and touch/transition handlers: NutUI's rollers and popups attach listeners to their views. */
export const View = forwardRef<HTMLDivElement, ViewProps>(
  ({ className, style, children, onClick, onTouchStart, onTouchMove, onTouchEnd, onTransitionEnd }, ref) => (
    <div
      ref={ref}
      className={className}
      style={style}
      onClick={onClick}
      onTouchStart={onTouchStart}
      onTouchMove={onTouchMove}
      onTouchEnd={onTouchEnd}
      onTransitionEnd={onTransitionEnd}
    >
      {children}
    </div>
  ),
);
View.displayName = 'View';

export const Text = ({ className, children, onClick }: BaseProps) => (
  <span className={className} onClick={onClick}>
    {children}
  </span>
);

/** `openType='agreePrivacyAuthorization'` also reports the agreement on tap, as WeChat does. */
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

interface InputProps {
  className?: string;
  value?: string;
  placeholder?: string;
  type?: string;
  maxlength?: number;
  onInput?: (event: { detail: { value: string } }) => void;
}

/** Taro's Input/Textarea report `event.detail.value`; a change of the DOM element is reported the same way. */
export const Input = ({ className, value, placeholder, type, maxlength, onInput }: InputProps) => (
  <input
    className={className}
    value={value}
    placeholder={placeholder}
    type={type === 'number' || type === 'digit' ? 'number' : 'text'}
    maxLength={maxlength}
    onChange={(e) => onInput?.({ detail: { value: e.target.value } })}
  />
);

export const Textarea = ({ className, value, placeholder, maxlength, onInput }: InputProps) => (
  <textarea
    className={className}
    value={value}
    placeholder={placeholder}
    maxLength={maxlength}
    onChange={(e) => onInput?.({ detail: { value: e.target.value } })}
  />
);

export const Image = ({ className, src }: { className?: string; src: string; mode?: string }) => (
  <img className={className} src={src} alt='' />
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
