// The answer to a login or the first-start setup: the person now signed in. common/schemas/auth.ts names no schema
// for it, so it is read as the user part of AuthStatus.
import { z } from 'zod';
import { AuthStatus } from '../../common/schemas/auth.ts';

export const SignedInAnswer = z.object({ user: AuthStatus.shape.user.unwrap() });
