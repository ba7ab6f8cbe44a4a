import './locale.js';
export * from './accounts.js';
export * from './area.js';
export * from './auth.js';
export * from './pagination.js';
export * from './problem.js';
export * from './roles.js';
