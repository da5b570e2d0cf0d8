export * from './capacity';
export * from './deadlines';
export * from './roles';
export * from './schemas';
