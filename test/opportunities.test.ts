import { describeOperations } from './helpers';
import { opportunityCases, opportunityInputlessCases } from './cases/opportunities';

describeOperations('Opportunities', opportunityCases);

// Operations without input fields: their request and output (no bad input to refuse).
describeOperations('Opportunities (no input)', opportunityInputlessCases);
