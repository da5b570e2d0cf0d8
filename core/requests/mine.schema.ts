import { page } from './fields';

export const mineInput = page.strict().default({ page: 0, pageSize: 20 });
