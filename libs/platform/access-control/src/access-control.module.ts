import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';

/** Installs the default-deny guard for the whole API; import once, in the API module. */
@Module({ providers: [{ provide: APP_GUARD, useClass: AccessGuard }] })
export class AccessControlModule {}
