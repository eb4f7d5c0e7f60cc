import { Module } from '@nestjs/common';
import { SystemCheckProcessor } from './system-check.processor';

@Module({ providers: [SystemCheckProcessor] })
export class SystemWorkerModule {}
