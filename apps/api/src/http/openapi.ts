import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import express, { Router } from 'express';
import { createOpenApiDocument } from '@yilu/contract/openapi';

const docsPage = (base: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>驿路 API 文档</title>
<link rel="stylesheet" href="${base}/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="${base}/docs/assets/swagger-ui-bundle.js"></script><script src="${base}/docs/init.js"></script></body></html>`;

/** `/openapi.json` and a browsable page at `/docs`, served from the swagger-ui-dist package (no CDN). */
export function openApiRoutes(base: string): Router {
  const document = createOpenApiDocument();
  const assets = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const router = Router();
  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  router.get('/docs', (_req, res) => {
    res.type('html').send(docsPage(base));
  });
  router.get('/docs/init.js', (_req, res) => {
    res.type('application/javascript').send(`window.ui = SwaggerUIBundle({ url: '${base}/openapi.json', dom_id: '#swagger-ui' });`);
  });
  router.use('/docs/assets', express.static(assets, { index: false }));
  return router;
}
