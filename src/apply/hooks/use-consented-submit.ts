import { useRef, useState } from 'react';
import type { NoticeGroup } from '@core/notices/templates';
import { useLocale } from '@/i18n';
import { consent, type Me } from '@/services/account';
import type { CallOptions, Envelope, FailBody } from '@/services/api';
import { scrollToTop } from '@/services/booking-navigation';
import { describeError, issuesByPath } from '@/services/errors';
import { askForNotices } from '@/services/subscribe';
import { tp } from '../i18n';
import { reasonsOf, SubmitKey, type Reasoned } from '../model/submission';

/** Field problems by path: core's (the form's zod schema) and the server's VALIDATION issues. */
export type FieldErrors = Record<string, string>;

/** One tap of a form's submit button: what is checked before anything is sent, what is sent, what follows. */
export interface SubmitAttempt<P, T> {
  /** Core's errors of the fields: any, and nothing is sent; from now on the fields show theirs (`marked`). */
  fields?: () => FieldErrors;
  /** Said above the button when `fields` found any; `scroll`: the first marked fields are far above the button. */
  fix?: { message: string; scroll?: boolean };
  /** Anything else that stops the submit after the fields (rules the form shows live): its sentence, or null. */
  blocked?: () => string | null;
  /** The privacy policy version still to accept (the user's own `me`), null when accepted: the box must be ticked. */
  consentVersion?: string | null;
  /** The account once the consent is recorded (it is recorded before the submit, which the server requires). */
  onConsented?: (me: Me) => void;
  /** Built after the checks pass; the same payload sent again keeps its requestId, so nothing is created twice. */
  payload: () => P;
  send: (payload: P, options: CallOptions & { requestId: string }) => Promise<Envelope<T>>;
  /** The accepted reply; may await a follow-up call, during which the button stays busy. */
  onDone: (data: T) => void | Promise<void>;
  /** The server's refusal, for a form that shows more of it than its message, reasons and field issues. */
  onRefused?: (error: FailBody) => void;
}

/**
 * The submit of an application form, one implementation for every form: the fields (core's schema), any rule that
 * stops it, the privacy consent, the subscribe-message prompt (first in the tap: WeChat shows it only from a user's
 * tap), one requestId per payload kept across retries, then the server's refusal — NOT_ELIGIBLE's reasons listed,
 * VALIDATION's issues on their fields, any other error's message — or the confirmation, scrolled to.
 */
export function useConsentedSubmit(options: { notices?: NoticeGroup } = {}) {
  const locale = useLocale();
  const [tried, setTried] = useState(false);
  const [consentChecked, setConsentChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reasons, setReasons] = useState<Reasoned[]>([]);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const key = useRef(new SubmitKey());

  const fail = (message: string): void => {
    setBusy(false);
    setFailed(true);
    setError(message);
  };

  const submit = async <P, T>(attempt: SubmitAttempt<P, T>): Promise<void> => {
    if (busy) return;
    if (attempt.fields) {
      setTried(true);
      if (Object.keys(attempt.fields()).length > 0) {
        setError(attempt.fix?.message ?? null);
        if (attempt.fix?.scroll) scrollToTop();
        return;
      }
    }
    const blocked = attempt.blocked?.() ?? null;
    if (blocked !== null) return setError(blocked);
    const consentVersion = attempt.consentVersion ?? null;
    if (consentVersion !== null && !consentChecked) return setError(tp('stay.review.consentNeeded'));
    if (options.notices) await askForNotices(options.notices);
    setBusy(true);
    setError(null);
    setReasons([]);
    if (consentVersion !== null) {
      const consented = await consent(consentVersion);
      if (!consented.ok) return fail(describeError(consented.error));
      attempt.onConsented?.(consented.data);
    }
    const payload = attempt.payload();
    const reply = await attempt.send(payload, { requestId: key.current.for(payload) });
    if (!reply.ok) {
      // NOT_ELIGIBLE carries neither issues nor a requestId: describeError reads just its message.
      fail(describeError(reply.error));
      setReasons(reasonsOf(reply, locale));
      if (reply.error.code === 'VALIDATION') setServerErrors(issuesByPath(reply.error));
      attempt.onRefused?.(reply.error);
      return;
    }
    await attempt.onDone(reply.data);
    setBusy(false);
    scrollToTop();
  };

  return {
    submit,
    busy,
    /** A submit failed (the button then says "retry"), until one is accepted. */
    failed,
    /** The sentence above the button: what stops the submit, or why the server refused it. */
    error,
    setError,
    reasons,
    serverErrors,
    consentChecked,
    setConsentChecked,
    /** The errors to show: the fields' own (`fields`, computed only then) once a submit was tried, the server's always. */
    marked: (fields: () => FieldErrors): FieldErrors => (tried ? { ...fields(), ...serverErrors } : serverErrors),
    /** The form was edited: the server's field problems and the sentence above the button are out of date. */
    edited: (): void => {
      setServerErrors({});
      setError(null);
    },
  };
}

/** A form's submit as the hook answers it: its state and `submit`. */
export type ConsentedSubmit = ReturnType<typeof useConsentedSubmit>;
