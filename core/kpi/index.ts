export * from './counters';
export * from './events';
export * from './period';
export * from './report';
