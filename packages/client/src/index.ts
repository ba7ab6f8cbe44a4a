export { createClient, filenameOf, type Client, type ClientConfig } from './client.js';
export { ApiError, type Problem } from './api-error.js';
export type { ClientMessages, TokenPair, TokenStore } from './token-policy.js';
export { fetchTransport, parseJson, type HttpMethod, type Transport, type TransportRequest, type TransportResponse } from './transport.js';
export { queryString, type QueryInput } from './query.js';
export type { Answer, BodyOf, Call, ClientMethods, FileResult, Input, InputOf, QueryOf, ResultOf } from './types.js';
