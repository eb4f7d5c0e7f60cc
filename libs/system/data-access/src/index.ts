export { SystemCheckEntity, SystemCheckStatus } from './system-check.entity';
export { SystemCheckJob } from './system-check.job';
