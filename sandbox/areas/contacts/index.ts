/** Contacts: the records themselves, their notes, tasks and appointments, and what links them to others. */
import type { Router } from '../../lib/router';
import contacts from './contacts';
import links from './links';
import records from './records';

export default (r: Router) => {
  contacts(r);
  records(r);
  links(r);
};
