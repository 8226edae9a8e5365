import { describeFaults } from './faults';

describeFaults(1, 3);
