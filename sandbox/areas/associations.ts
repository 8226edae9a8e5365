/** Associations between objects, and their relations. */
import type { Router } from '../lib/router';

export default (_r: Router) => {};
