import { Module } from '@nestjs/common';
import { ExpireVacanciesProcessor } from './expire-vacancies.processor';

@Module({ providers: [ExpireVacanciesProcessor] })
export class VacanciesWorkerModule {}
