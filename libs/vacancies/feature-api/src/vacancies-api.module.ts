import { Module } from '@nestjs/common';
import { VacanciesResolver } from './vacancies.resolver';
import { VacanciesService } from './vacancies.service';
import { VacancyRelationsResolver } from './vacancy-relations.resolver';

/** Vacancies over GraphQL: drafting, review, publication and the end of a vacancy, with its relations. */
@Module({ providers: [VacanciesService, VacanciesResolver, VacancyRelationsResolver] })
export class VacanciesApiModule {}
