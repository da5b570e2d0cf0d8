/**
 * What any upload may be: its types and its largest size. Apart from core/documents.ts (which re-exports them, and
 * builds zod schemas as it loads), so that the server's upload checks load without those schemas.
 */
export const FILE_TYPES = ['pdf', 'jpg', 'png'] as const;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
