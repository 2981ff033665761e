export { Counter } from './index.js';
