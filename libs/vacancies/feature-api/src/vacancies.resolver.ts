import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '@werkmatch/identity/domain';
import { CurrentPrincipal, Policy } from '@werkmatch/platform/access-control';
import { VacanciesService, VacancyEntityPage, VacancyView } from './vacancies.service';
import { OrganisationVacancyPageArgs, VacancyInput, VacancyPageArgs } from './vacancy.input';
import { toVacancy } from './vacancy.mapping';
import { Vacancy, VacancyPage } from './vacancy.model';
import { VacancyPolicies } from './vacancy.policies';

const view = ({ entity, internal }: VacancyView): Vacancy => toVacancy(entity, internal);
const page = ({ items, nextCursor }: VacancyEntityPage): VacancyPage => ({
  items: items.map(view),
  nextCursor,
});

@Resolver(() => Vacancy)
export class VacanciesResolver {
  constructor(private readonly vacancies: VacanciesService) {}

  @Policy(VacancyPolicies.employer)
  @Mutation(() => Vacancy, { description: 'Draft a vacancy for your organisation.' })
  async createVacancy(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: VacancyInput,
  ): Promise<Vacancy> {
    return view(await this.vacancies.create(principal, input));
  }

  @Policy(VacancyPolicies.employer)
  @Mutation(() => Vacancy, {
    description:
      'Replace the content of a draft or published vacancy of your organisation; a published one changes at once. Refused while under review and after it ended.',
  })
  async updateVacancy(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: VacancyInput,
  ): Promise<Vacancy> {
    return view(await this.vacancies.update(principal, id, input));
  }

  @Policy(VacancyPolicies.employer)
  @Mutation(() => Vacancy, {
    description:
      'Submit a draft for review by the account managers of your region; your organisation must be verified.',
  })
  async submitVacancy(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Vacancy> {
    return view(await this.vacancies.submit(principal, id));
  }

  @Policy(VacancyPolicies.review)
  @Mutation(() => Vacancy, { description: 'Publish a submitted vacancy of your region.' })
  async publishVacancy(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Vacancy> {
    return view(await this.vacancies.publish(principal, id));
  }

  @Policy(VacancyPolicies.review)
  @Mutation(() => Vacancy, {
    description:
      'Return a submitted vacancy of your region to draft, with a reason (3 to 1000 characters) the employer reads.',
  })
  async returnVacancy(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<Vacancy> {
    return view(await this.vacancies.returnToDraft(principal, id, reason));
  }

  @Policy(VacancyPolicies.close)
  @Mutation(() => Vacancy, {
    description:
      'End a vacancy: FILLED when `filled` (only a published one), CLOSED otherwise. By its organisation or an account manager of its region.',
  })
  async closeVacancy(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('filled', { type: () => Boolean, defaultValue: false }) filled: boolean,
  ): Promise<Vacancy> {
    return view(await this.vacancies.close(principal, id, filled));
  }

  @Policy(VacancyPolicies.read)
  @Query(() => Vacancy, {
    description:
      'A vacancy: every status for its organisation, the account managers of its region and administrators; only published ones for everyone else (NOT_FOUND otherwise).',
  })
  async vacancy(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Vacancy> {
    return view(await this.vacancies.find(principal, id));
  }

  @Policy(VacancyPolicies.employer)
  @Query(() => VacancyPage, { description: "Your organisation's vacancies, newest first." })
  async myOrganisationVacancies(
    @CurrentPrincipal() principal: Principal,
    @Args() args: OrganisationVacancyPageArgs,
  ): Promise<VacancyPage> {
    return page(
      await this.vacancies.organisationPage(principal, args.status, args.first, args.after),
    );
  }

  @Policy(VacancyPolicies.review)
  @Query(() => VacancyPage, {
    description: 'Submitted vacancies your service point reviews, oldest submission first.',
  })
  async vacanciesAwaitingReview(
    @CurrentPrincipal() principal: Principal,
    @Args() args: VacancyPageArgs,
  ): Promise<VacancyPage> {
    return page(await this.vacancies.reviewPage(principal, args.first, args.after));
  }
}
