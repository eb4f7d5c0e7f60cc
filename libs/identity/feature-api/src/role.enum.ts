import { registerEnumType } from '@nestjs/graphql';
import { Role } from '@werkmatch/identity/domain';

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user is on the platform; one per user.',
});

export { Role };
