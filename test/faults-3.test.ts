import { describeFaults } from './faults';

describeFaults(3, 3);
