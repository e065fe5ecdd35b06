export { DirectLine } from './direct-line';
