import { Module } from '@nestjs/common';
import { SystemCheckResolver } from './system-check.resolver';
import { SystemCheckService } from './system-check.service';

@Module({ providers: [SystemCheckResolver, SystemCheckService] })
export class SystemApiModule {}
