import { describeOperations } from './helpers';
import { contactCases } from './cases/contacts';

describeOperations('Contacts', contactCases);
