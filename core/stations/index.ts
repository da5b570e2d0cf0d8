export * from './labels';
export * from './model';
export * from './network';
export * from './policy';
export * from './view';
