export { check, sleep } from './index.js';
