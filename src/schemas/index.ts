export * from './registry';
export * from './shared';
