import { exec } from './index.js';
export default exec;
