import { describeOperations } from './helpers';
import { linkCases } from './cases/links';

describeOperations('Trigger links', linkCases);
