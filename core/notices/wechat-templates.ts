import { NOTICE_GROUPS, isNoticeTemplate, type NoticeGroup, type NoticeTemplate } from './templates';

/**
 * How one notice becomes a WeChat subscribe message: the mini-program's template id (from its WeChat console), the
 * page the message opens, and for each of the template's fields (`thing1`, `time2`, …) which key of the notice's
 * data fills it, or a fixed text written `=text` (`"phrase3": "=已通过"`).
 */
export interface WechatTemplate {
  id: string;
  page?: string;
  fields: Record<string, string>;
}

/** Notice template → WeChat template. A notice with no entry is never sent as a subscribe message (in-app only). */
export type WechatTemplates = Partial<Record<NoticeTemplate, WechatTemplate>>;

/** WeChat's template ids: letters, digits, `-` and `_` (43 characters in practice). */
const TEMPLATE_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** WeChat's field keys: a type and a number (`thing1`, `character_string2`, `time13`). */
const FIELD_KEY = /^[a-z_]+\d+$/;
const DATA_KEY = /^[A-Za-z][A-Za-z0-9]{0,39}$/;
const PAGE = /^[A-Za-z0-9_\-/.?=&%]{1,200}$/;

/**
 * Parses the mapping given as JSON at build time (`TARO_APP_SUBSCRIBE_TEMPLATES`, the app) or deploy time
 * (`SUBSCRIBE_TEMPLATES`, the functions), `{ "<notice>": { "id", "page"?, "fields": { "<field>": "<data key>" } } }`.
 * Empty or absent: no templates (local runs, tests), nothing is asked and nothing is sent. Entries that are wrong are
 * left out and named in `problems`, so one typo turns off one notice's subscribe message, never the in-app list.
 */
export function parseWechatTemplates(json: string | undefined | null): { templates: WechatTemplates; problems: string[] } {
  const templates: WechatTemplates = {};
  const problems: string[] = [];
  if (!json || json.trim() === '') return { templates, problems };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { templates, problems: ['not JSON'] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { templates, problems: ['not an object of notice → template'] };
  for (const [notice, entry] of Object.entries(raw)) {
    const problem = entryProblem(notice, entry);
    if (problem) {
      problems.push(`${notice}: ${problem}`);
      continue;
    }
    const { id, page, fields } = entry as WechatTemplate;
    templates[notice as NoticeTemplate] = { id, ...(page ? { page } : {}), fields: { ...fields } };
  }
  return { templates, problems };
}

function entryProblem(notice: string, entry: unknown): string | null {
  if (!isNoticeTemplate(notice)) return 'not a notice template';
  if (typeof entry !== 'object' || entry === null) return 'not an object';
  const { id, page, fields } = entry as Record<string, unknown>;
  if (typeof id !== 'string' || !TEMPLATE_ID.test(id)) return 'id is not a WeChat template id';
  if (page !== undefined && (typeof page !== 'string' || !PAGE.test(page))) return 'page is not a page path';
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields) || Object.keys(fields).length === 0)
    return 'fields must name at least one field';
  for (const [key, source] of Object.entries(fields)) {
    if (!FIELD_KEY.test(key)) return `field ${key} is not a WeChat field key`;
    if (typeof source !== 'string' || !(source.startsWith('=') ? source.length > 1 : DATA_KEY.test(source)))
      return `field ${key} must name a data key or a "=text"`;
  }
  return null;
}

/**
 * The distinct WeChat template ids to ask permission for at one kind of submit, at most 3: WeChat's
 * `requestSubscribeMessage` takes no more in one call. In the order of the group (the likeliest notices first).
 */
export function templateIdsFor(templates: WechatTemplates, group: NoticeGroup): string[] {
  const ids: string[] = [];
  for (const notice of NOTICE_GROUPS[group]) {
    const id = templates[notice]?.id;
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids.slice(0, 3);
}

/** Every template id the mapping names: the only ids a recorded subscription may credit. */
export const configuredTemplateIds = (templates: WechatTemplates): string[] => [...new Set(Object.values(templates).map((t) => t!.id))];
