export { backoffDelay, download, type HttpResponse, type RequestBody, type RequestOptions, type RetryInfo, request } from './client';
export { type MultipartFile, multipartBody } from './multipart';
export { redactSecrets, redactUrl } from './redact';
