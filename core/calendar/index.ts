export * from './dates';
export * from './working-days';
export * from './year-calendar';
export * from './months';
