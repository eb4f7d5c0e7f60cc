export { Role } from './role';
export type { Principal, RequestWithPrincipal } from './principal';
