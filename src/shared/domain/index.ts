export * from './enums';
export * from './entities';
export * from './preferences';
export * from './sync';
export * from './resolveLocale';
