/** Businesses of a location. */
import type { Router } from '../lib/router';

export default (_r: Router) => {};
