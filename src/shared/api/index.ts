export * from './contract';
export * from './envelopes';
export * from './errors';
export * from './client';
export * from './methods/search';
export * from './methods/goals';
export * from './methods/people';
