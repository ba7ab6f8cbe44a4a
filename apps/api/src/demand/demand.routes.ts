import { Router } from 'express';
import { operations as op } from '@yilu/contract';
import type { AppContext } from '../context.js';
import { Reply, route } from '../http/route.js';
import { sheetReply } from '../sheets/sheet-http.js';
import { createAlert, deleteAlert, myAlerts } from './class-alerts.js';
import { demandFigures } from './demand-figures.js';
import { employmentFigures } from './employment-figures.js';
import { employmentSheet, shortageSheet } from './figures-sheets.js';
import { deleteInterest, myInterest, saveInterest } from './interest.js';

const groupNames = { class: '按班级', provider: '按机构', employer: '按用人单位' } as const;

/** Demand is heard (想学, 有班通知我) and figures staff can act on (demand, shortage, employment). */
export function demandRoutes(ctx: AppContext): Router {
  const router = Router();
  route(router, ctx, op.myLearningInterest, async ({ user }) => ({ interest: await myInterest(ctx, user) }));
  route(router, ctx, op.saveLearningInterest, ({ body, user }) => saveInterest(ctx, body, user));
  route(router, ctx, op.deleteLearningInterest, ({ user }) => deleteInterest(ctx, user));
  route(router, ctx, op.createClassAlert, async ({ body, user }) => {
    const { created, alert } = await createAlert(ctx, body, user);
    return new Reply(created ? 201 : 200, alert);
  });
  route(router, ctx, op.myClassAlerts, async ({ user }) => ({ items: await myAlerts(ctx, user) }));
  route(router, ctx, op.deleteClassAlert, ({ params, user }) => deleteAlert(ctx, params.id, user));
  route(router, ctx, op.demandFigures, ({ user }) => demandFigures(ctx, user));
  route(router, ctx, op.exportShortageList, async ({ user }) =>
    sheetReply(await shortageSheet(await demandFigures(ctx, user)), '紧缺职业技能缺口清单', 'xlsx'),
  );
  route(router, ctx, op.employmentFigures, ({ query, user }) => employmentFigures(ctx, query, user));
  route(router, ctx, op.exportEmploymentFigures, async ({ query, user }) =>
    sheetReply(await employmentSheet(await employmentFigures(ctx, query, user)), `就业统计-${groupNames[query.groupBy]}`, 'xlsx'),
  );
  return router;
}
