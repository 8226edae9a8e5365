import { describeOperations } from './helpers';
import { courseCases } from './cases/courses';

describeOperations('Courses', courseCases);
