import { Router } from 'express';
import type { Database } from '../db/connection.js';
import { sendProblem, unavailable } from '../http/problem.js';

/** `/healthz`: the process is up. `/readyz`: the database answers a ping within 800 ms (the answer within a second). */
export function healthRoutes(db: Database): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (req, res) => {
    if (await db.ping(800)) return res.json({ status: 'ready' });
    sendProblem(res, unavailable(), req.originalUrl);
  });
  return router;
}
