import { describeOperations } from './helpers';
import { customValueCases } from './cases/custom-values';

describeOperations('Custom values', customValueCases);
