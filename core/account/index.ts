export * from './consent';
export * from './consent.schema';
export * from './me.schema';
export * from './privacy';
export * from './set-profile.schema';
export * from './user';
