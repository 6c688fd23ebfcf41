export * from './registry.ts';
export * from './shared.ts';
