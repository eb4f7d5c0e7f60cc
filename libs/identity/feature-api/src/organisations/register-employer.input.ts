import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class OrganisationInput {
  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'Exactly 8 digits.' })
  kvkNumber: string;

  @Field(() => String)
  street: string;

  @Field(() => String)
  houseNumber: string;

  @Field(() => String, { description: 'Dutch postcode, e.g. 3995 AB.' })
  postcode: string;

  @Field(() => String)
  city: string;

  @Field(() => String)
  sector: string;
}

@InputType()
export class MemberInput {
  @Field(() => String)
  email: string;

  @Field(() => String)
  password: string;

  @Field(() => String)
  fullName: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType({ description: 'An employer organisation with its first member, created together.' })
export class RegisterEmployerInput {
  @Field(() => OrganisationInput)
  organisation: OrganisationInput;

  @Field(() => MemberInput)
  member: MemberInput;
}
