import { describeFaults } from './faults';

describeFaults(2, 3);
