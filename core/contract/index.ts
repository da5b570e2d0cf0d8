export * from './define-action';
export * from './envelope';
export * from './error-codes';
export * from './errors';
export * from './locale';
export * from './messages';
export * from './reply';
export * from './validation';
