import type { Role } from '../roles';
import type { ServiceRequest, TimelineActor } from './request';

/** The caller as the request rules see them; `system` is the scheduler. */
export interface Actor {
  openId: string;
  roles: readonly Role[];
  unitId: string | null;
  system?: boolean;
}

export const SYSTEM_ACTOR: Actor = { openId: 'system', roles: [], unitId: null, system: true };

/** How a caller relates to a request; a transition names the relations that may make it. */
export type Relation = 'owner' | 'operator' | 'leadUnit' | 'anyUnit' | 'system';

const isOperator = (actor: Actor) => actor.roles.includes('operator') || actor.roles.includes('admin');
const isUnitHandler = (actor: Actor) => actor.roles.includes('unit') && actor.unitId !== null;

export function relationsOf(actor: Actor, request: Pick<ServiceRequest, 'applicantId' | 'leadUnitId' | 'unitIds'>): Relation[] {
  if (actor.system) return ['system'];
  const relations: Relation[] = [];
  if (request.applicantId === actor.openId) relations.push('owner');
  if (isOperator(actor)) relations.push('operator');
  if (isUnitHandler(actor) && request.unitIds.includes(actor.unitId as string)) {
    relations.push('anyUnit');
    if (request.leadUnitId === actor.unitId) relations.push('leadUnit');
  }
  return relations;
}

/** May the caller see the request at all? Anyone else is told it does not exist. */
export const canView = (actor: Actor, request: Pick<ServiceRequest, 'applicantId' | 'leadUnitId' | 'unitIds'>): boolean =>
  relationsOf(actor, request).length > 0;

/** What the timeline records about who acted: the role they acted in, by the relation that allowed it. */
export function timelineActor(actor: Actor, relation: Relation): TimelineActor {
  if (relation === 'system') return { role: 'system' };
  if (relation === 'owner') return { role: 'applicant', openId: actor.openId };
  if (relation === 'operator') return { role: 'operator', openId: actor.openId };
  return { role: 'unit', openId: actor.openId, unitId: actor.unitId ?? undefined };
}
