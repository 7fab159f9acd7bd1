export * from './contract';
export * from './envelopes';
export * from './errors';
export * from './client';
export * from './methods/search';
