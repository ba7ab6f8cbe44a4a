import { pino, type Logger } from 'pino';

/** Paths never written to logs: credentials, tokens and personal data (PIPL). */
const redactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.refreshToken',
  '*.accessToken',
  '*.phone',
  '*.idNumber',
  '*.code',
];

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: redactPaths, censor: '[redacted]' } });
}
