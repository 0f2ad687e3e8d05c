// Staff and admin accounts, managed by administrators.
import { z } from 'zod';
import type { HubContext } from '../../context.ts';
import { CreateUserBody, UpdateUserBody, User } from '../../../common/schemas/auth.ts';
import { ErrorBody, IdParams } from '../../../common/schemas/common.ts';
import { createUser, listUsers, updateUser } from '../../auth/users.ts';
import { created, ok, route, type RouteSpec } from '../route.ts';

export function userRoutes(ctx: HubContext): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/users',
      summary: 'Every staff and admin account (never a password or its hash)',
      responses: { 200: z.array(User) },
      handle: () => ok(listUsers(ctx)),
    }),
    route({
      method: 'POST',
      url: '/api/users',
      summary: 'Create a staff or admin account; 409 when the username is taken (names are compared without case)',
      body: CreateUserBody,
      responses: { 201: User, 409: ErrorBody },
      handle: async ({ body }) => created(await createUser(ctx, body)),
    }),
    route({
      method: 'POST',
      url: '/api/users/:id',
      summary: "Change an account's role, set a new password, or disable/enable it; its open sessions end. 409 when no active administrator would be left",
      params: IdParams,
      body: UpdateUserBody,
      responses: { 200: User, 409: ErrorBody },
      handle: async ({ params, body }) => ok(await updateUser(ctx, params.id, body)),
    }),
  ];
}
