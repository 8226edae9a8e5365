import { describeOperations } from './helpers';
import { associationCases, associationInputlessCases } from './cases/associations';

describeOperations('Associations & Relations', associationCases);

// Operations without input fields: their request and output (no bad input to refuse).
describeOperations('Associations (no input)', associationInputlessCases);
