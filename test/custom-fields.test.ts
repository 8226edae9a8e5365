import { describeOperations } from './helpers';
import { customFieldCases } from './cases/locations';

describeOperations('Custom Fields', customFieldCases);
