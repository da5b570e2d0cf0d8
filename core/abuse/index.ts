export * from './content';
export * from './rate-limit';
