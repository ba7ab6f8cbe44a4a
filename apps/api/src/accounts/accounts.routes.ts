import { Router } from 'express';
import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import {
  accountSchema,
  createAccountBodySchema,
  listAccountsQuerySchema,
  pageOf,
  updateAccountBodySchema,
  type ListAccountsQuery,
} from '@yilu/shared';
import type { AppContext } from '../context.js';
import { currentUser, requireAuth } from '../auth/require-auth.js';
import { jsonBody, jsonResponse, problems } from '../http/openapi-helpers.js';
import { validate, validParams, validQuery } from '../http/validate.js';
import { createAccountsService } from './accounts.service.js';

const idParams = z.strictObject({ id: z.string().regex(/^[a-f0-9]{24}$/, '账号编号格式错误') });

export function accountsRoutes(ctx: AppContext): Router {
  const accounts = createAccountsService(ctx);
  const router = Router();
  const admin = requireAuth(ctx, 'admin');

  router.get('/accounts', admin, validate({ query: listAccountsQuerySchema }), async (_req, res) => {
    res.json(await accounts.list(validQuery<ListAccountsQuery>(res)));
  });
  router.post('/accounts', admin, validate({ body: createAccountBodySchema }), async (req, res) => {
    res.status(201).json(await accounts.create(req.body));
  });
  router.get('/accounts/:id', admin, validate({ params: idParams }), async (_req, res) => {
    res.json(await accounts.get(validParams<{ id: string }>(res).id));
  });
  router.patch('/accounts/:id', admin, validate({ params: idParams, body: updateAccountBodySchema }), async (req, res) => {
    res.json(await accounts.update(validParams<{ id: string }>(res).id, req.body, currentUser(res).id));
  });
  return router;
}

const secured = { tags: ['accounts'], security: [{ bearer: [] }] };

export const accountsPaths: ZodOpenApiPathsObject = {
  '/accounts': {
    get: {
      ...secured,
      summary: 'List accounts (admin)',
      requestParams: { query: listAccountsQuerySchema },
      responses: { 200: jsonResponse('A page of accounts', pageOf(accountSchema)), ...problems(400, 401, 403) },
    },
    post: {
      ...secured,
      summary: 'Create a staff or provider account (admin)',
      requestBody: jsonBody(createAccountBodySchema),
      responses: { 201: jsonResponse('Created', accountSchema), ...problems(400, 401, 403, 409) },
    },
  },
  '/accounts/{id}': {
    get: {
      ...secured,
      summary: 'One account (admin)',
      requestParams: { path: idParams },
      responses: { 200: jsonResponse('The account', accountSchema), ...problems(400, 401, 403, 404) },
    },
    patch: {
      ...secured,
      summary: 'Change role, scope, name or password, or disable an account (admin)',
      requestParams: { path: idParams },
      requestBody: jsonBody(updateAccountBodySchema),
      responses: { 200: jsonResponse('Updated', accountSchema), ...problems(400, 401, 403, 404) },
    },
  },
};
