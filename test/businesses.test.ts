import { describeOperations } from './helpers';
import { businessCases, businessInputlessCases } from './cases/businesses';

describeOperations('Businesses', businessCases);

// Operations without input fields: their request and output (no bad input to refuse).
describeOperations('Businesses (no input)', businessInputlessCases);
