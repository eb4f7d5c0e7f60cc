import { registerEnumType } from '@nestjs/graphql';
import { VacancyStatus } from '@werkmatch/vacancies/domain';

registerEnumType(VacancyStatus, {
  name: 'VacancyStatus',
  description:
    'DRAFT → SUBMITTED (by the employer) → PUBLISHED (by an account manager of the region, who may return it to DRAFT instead) → FILLED, CLOSED or EXPIRED.',
});

export { VacancyStatus };
