import { useSyncExternalStore } from 'react';
import type { MessageKey } from '@/i18n';

/**
 * Local and H5 only: who the local cloud believes you are. In WeChat the identity comes from the platform and this
 * file is never consulted; locally `callFunction` sends it as the `X-Dev-OpenId` header, and the seeded demo district
 * has a user for each persona.
 */
export const PERSONAS = ['demo-applicant', 'demo-team', 'demo-employer', 'demo-operator', 'demo-unit', 'demo-admin'] as const;
export type Persona = (typeof PERSONAS)[number];

export const DEFAULT_PERSONA: Persona = 'demo-applicant';
const STORAGE_KEY = 'dev.openId';

export const isPersona = (value: unknown): value is Persona => typeof value === 'string' && (PERSONAS as readonly string[]).includes(value);

export const personaLabelKey = (persona: Persona): MessageKey => `persona.${persona}` as const;

// localStorage is absent in the mini-program runtime and may throw in a locked-down browser.
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function getDevIdentity(): Persona {
  const stored = storage()?.getItem(STORAGE_KEY);
  return isPersona(stored) ? stored : DEFAULT_PERSONA;
}

const listeners = new Set<() => void>();

/** Switches the identity and tells every subscriber (tab pages stay mounted, each with its own switcher). */
export function setDevIdentity(persona: Persona): void {
  if (persona === getDevIdentity()) return;
  storage()?.setItem(STORAGE_KEY, persona);
  listeners.forEach((listener) => listener());
}

export function subscribeDevIdentity(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The current persona, re-rendering when any switcher changes it. */
export function useDevIdentity(): Persona {
  return useSyncExternalStore(subscribeDevIdentity, getDevIdentity, getDevIdentity);
}
