import { accountSchema, createAccountBodySchema, listAccountsQuerySchema, pageOf, updateAccountBodySchema } from '@yilu/shared';
import { idParams } from './common.js';
import { defineOperations, roles } from './operation.js';

const admin = roles('admin');

export const accountsOperations = defineOperations({
  listAccounts: {
    method: 'get',
    path: '/accounts',
    access: admin,
    tag: 'accounts',
    summary: 'Staff and provider accounts',
    query: listAccountsQuerySchema,
    responses: { 200: pageOf(accountSchema) },
    problems: [400, 401, 403],
  },
  createAccount: {
    method: 'post',
    path: '/accounts',
    access: admin,
    tag: 'accounts',
    summary: 'Create a staff or provider account',
    body: createAccountBodySchema,
    responses: { 201: accountSchema },
    problems: [400, 401, 403, 409],
  },
  getAccount: {
    method: 'get',
    path: '/accounts/{id}',
    access: admin,
    tag: 'accounts',
    summary: 'One account',
    params: idParams,
    responses: { 200: accountSchema },
    problems: [400, 401, 403, 404],
  },
  updateAccount: {
    method: 'patch',
    path: '/accounts/{id}',
    access: admin,
    tag: 'accounts',
    summary: 'Change an account: name, role and scope, password, disabled',
    params: idParams,
    body: updateAccountBodySchema,
    responses: { 200: accountSchema },
    problems: [400, 401, 403, 404, 409],
  },
});
