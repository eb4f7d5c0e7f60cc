import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'A link that opens the queue dashboard in a browser: valid for a minute and once; the dashboard then stays open for the lifetime of an access token, or until logout.',
})
export class QueueDashboardLink {
  @Field(() => String, { description: 'The link on the API this request came to.' })
  url: string;

  @Field(() => String, { description: 'The same link without scheme and host.' })
  path: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;
}
