export {
  backoffDelay,
  describeAnswer,
  download,
  type HttpResponse,
  type RequestBody,
  type RequestOptions,
  type RetryInfo,
  redirectTarget,
  request,
} from './client';
export {
  basicCredentials,
  bearerCredentials,
  belongsToOrigin,
  type Credentials,
  credentialSecrets,
  headerCredentials,
  originsOf,
  secretForms,
  type UrlCredentials,
  urlCredentials,
} from './credentials';
export { type MultipartFile, multipartBody } from './multipart';
export { redactSecrets, redactUrl } from './redact';
