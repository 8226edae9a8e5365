import { describeOperations } from './helpers';
import { mediaCases } from './cases/medias';

describeOperations('Media library', mediaCases);
