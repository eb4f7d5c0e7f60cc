import { ArgsType, Field, Int } from '@nestjs/graphql';
import { MAX_SUGGEST_LIMIT, MIN_SUGGEST_LENGTH } from '@werkmatch/taxonomy/data-access';
import { ValidationError } from '@werkmatch/shared/errors';

/** Longer than any ESCO label people type (the longest preferred ones run to about 90 characters). */
export const MAX_SUGGEST_TEXT = 100;
export const DEFAULT_SUGGEST_LIMIT = 10;

@ArgsType()
export class SuggestArgs {
  @Field(() => String, {
    description: `What the person typed so far, Dutch or English, at most ${MAX_SUGGEST_TEXT} characters. Fewer than ${MIN_SUGGEST_LENGTH} letters give no suggestions (not an error: the person is still typing).`,
  })
  text: string;

  @Field(() => Int, {
    defaultValue: DEFAULT_SUGGEST_LIMIT,
    description: `How many suggestions, 1 to ${MAX_SUGGEST_LIMIT}.`,
  })
  limit: number;
}

/** Refuses what the service would otherwise quietly clamp, so a client learns about its mistake. */
export function assertSuggestArgs({ text, limit }: SuggestArgs): void {
  const violations = [
    ...(text.length > MAX_SUGGEST_TEXT
      ? [{ field: 'text', rule: `at most ${MAX_SUGGEST_TEXT} characters` }]
      : []),
    ...(limit < 1 || limit > MAX_SUGGEST_LIMIT
      ? [{ field: 'limit', rule: `between 1 and ${MAX_SUGGEST_LIMIT}` }]
      : []),
  ];
  if (violations.length > 0) throw new ValidationError(violations);
}
