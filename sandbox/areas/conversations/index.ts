/** Conversations and their messages. */
import type { Router } from '../../lib/router';
import conversations from './conversations';
import messages from './messages';

export default (r: Router) => {
  conversations(r);
  messages(r);
};
