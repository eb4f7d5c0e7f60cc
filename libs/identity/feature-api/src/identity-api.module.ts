import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AccountsResolver } from './accounts/accounts.resolver';
import { AccountsService } from './accounts/accounts.service';
import { AccessTokenService } from './auth/access-token.service';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { AuthenticationHook } from './auth/authentication.hook';
import { LoginRateLimiter } from './auth/login-rate-limiter';
import { SessionService } from './auth/session.service';
import { CaseloadResolver } from './caseload/caseload.resolver';
import { CaseloadService } from './caseload/caseload.service';
import { OrganisationsResolver } from './organisations/organisations.resolver';
import { OrganisationsService } from './organisations/organisations.service';
import { geoRegionLookup, REGION_LOOKUP } from './region-lookup';

/** Accounts, organisations, authentication and caseloads; also authenticates every HTTP request. */
@Module({
  providers: [
    AccessTokenService,
    SessionService,
    LoginRateLimiter,
    AuthenticationHook,
    AuthService,
    AuthResolver,
    AccountsService,
    AccountsResolver,
    OrganisationsService,
    OrganisationsResolver,
    CaseloadService,
    CaseloadResolver,
    { provide: REGION_LOOKUP, inject: [getDataSourceToken()], useFactory: geoRegionLookup },
  ],
  exports: [SessionService, CaseloadService, AccessTokenService],
})
export class IdentityApiModule {}
