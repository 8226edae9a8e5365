/** Blogs: sites, authors, categories, posts. */
import type { Router } from '../lib/router';

export default (_r: Router) => {};
