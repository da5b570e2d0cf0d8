import { createHmac } from 'node:crypto';
import { normaliseDocumentNumber, type IdentityDocument } from '../../core/documents';

/**
 * The keyed hash an identity document is known by: equal documents give equal hashes, and without the key the
 * number cannot be recovered by trying every number. (Encryption of the number itself at rest is issue 8.)
 */
export const identityHash = (doc: IdentityDocument, key: string): string =>
  createHmac('sha256', key).update(normaliseDocumentNumber(doc)).digest('hex');
