import { http } from './index.js';
export default http;
