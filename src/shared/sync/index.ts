export * from './protocol';
export * from './errors';
export * from './mutations';
export * from './messages';
export * from './rows';
