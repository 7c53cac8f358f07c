export * from './errors';
export * from './result';
export * from './vault';
export * from './settings';
export * from './channels';
export * from './bridge';
export * from './record';
