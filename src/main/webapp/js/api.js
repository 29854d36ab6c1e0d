// The JSON API client: bearer token from the session, errors turned into ApiError with the server's Chinese message.
import { zh } from './i18n/zh-CN.js';

const KEY = 'cqd.session';

export const session = {
  get() {
    try { return JSON.parse(sessionStorage.getItem(KEY)); } catch { return null; }
  },
  set(s) { sessionStorage.setItem(KEY, JSON.stringify(s)); },
  clear() { sessionStorage.removeItem(KEY); },
  user() { return this.get()?.user ?? null; },
  has(role) { return (this.user()?.roles ?? []).includes(role); },
};

export class ApiError extends Error {
  constructor(status, body) {
    super(messageFor(status, body));
    this.status = status;
    this.code = body?.code ?? null;
    this.body = body ?? {};
  }
}

function messageFor(status, body) {
  if (body?.message) return body.message;
  if (status === 0) return zh.common.network;
  if (status === 401) return zh.common.sessionExpired;
  if (status === 403) return zh.common.forbidden;
  if (status === 404 || status === 405 || status === 501) return zh.common.notAvailable;
  return `${zh.common.unknownError}（HTTP ${status}）`;
}

/** Listeners for "the session ended" (401): the shell sends the user back to the login page. */
const expiredListeners = [];
export function onSessionExpired(fn) { expiredListeners.push(fn); }

function authHeaders() {
  const token = session.get()?.token;
  return token ? { Authorization: `Bearer ${token}` } : {};
}

function query(params) {
  if (!params) return '';
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '' && v !== false) q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function parseError(res) {
  let body = null;
  try { body = await res.json(); } catch { /* not JSON: a 404 page from the server */ }
  return new ApiError(res.status, body);
}

function handle401(err, path) {
  if (err.status === 401 && !path.startsWith('/api/auth/login')) {
    session.clear();
    expiredListeners.forEach((fn) => fn());
  }
}

/**
 * Call the API. `json` sends a JSON body, `form` a FormData; `as` is 'json' (default), 'blob' or 'none'.
 */
export async function api(path, { method = 'GET', json, form, params, as = 'json' } = {}) {
  const headers = { Accept: as === 'json' ? 'application/json' : '*/*', ...authHeaders() };
  let body;
  if (json !== undefined) { headers['Content-Type'] = 'application/json'; body = JSON.stringify(json); }
  if (form) body = form;
  let res;
  try {
    res = await fetch(path + query(params), { method, headers, body });
  } catch {
    throw new ApiError(0, null);
  }
  if (!res.ok) {
    const err = await parseError(res);
    handle401(err, path);
    throw err;
  }
  if (as === 'blob') return res.blob();
  if (as === 'none' || res.status === 204) return null;
  const text = await res.text();
  return text ? JSON.parse(text) : null;
}

/** Multipart upload with upload progress (fetch cannot report it). onProgress gets 0..1. */
export function upload(path, form, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    const token = session.get()?.token;
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress?.(e.loaded / e.total); };
    xhr.onerror = () => reject(new ApiError(0, null));
    xhr.onload = () => {
      let body = null;
      try { body = xhr.responseText ? JSON.parse(xhr.responseText) : null; } catch { /* ignore */ }
      if (xhr.status >= 200 && xhr.status < 300) { resolve(body); return; }
      const err = new ApiError(xhr.status, body);
      handle401(err, path);
      reject(err);
    };
    xhr.send(form);
  });
}

/** Every path the pages call, in one place, so a moved endpoint is a one-line change. */
export const paths = {
  settings: '/api/settings',
  login: '/api/auth/login',
  secondFactor: '/api/auth/login/second-factor',
  me: '/api/auth/me',
  password: '/api/auth/password',
  confirmation: '/api/auth/confirmation',
  confirmationAnswer: '/api/auth/confirmation/answer',
  totpEnrolment: '/api/auth/totp/enrolment',
  totpConfirm: '/api/auth/totp/enrolment/confirm',
  resetSecondFactor: (id) => `/api/users/${enc(id)}/second-factor/reset`,
  logout: '/api/auth/logout',
  logoutEverywhere: '/api/auth/logout-everywhere',
  me: '/api/auth/me',
  letters: '/api/letters',
  letter: (id) => `/api/letters/${enc(id)}`,
  letterStatus: (id) => `/api/letters/${enc(id)}/status`,
  timeline: (id) => `/api/letters/${enc(id)}/timeline`,
  file: (id) => `/api/letters/${enc(id)}/file`,
  attachments: (id) => `/api/letters/${enc(id)}/attachments`,
  pagePng: (id, n) => `/api/letters/${enc(id)}/pages/${n}`,
  originalPagePng: (id, n) => `/api/letters/${enc(id)}/pages/${n}/original`,
  extraction: (id) => `/api/letters/${enc(id)}/extraction`,
  extractionConfirm: (id) => `/api/letters/${enc(id)}/extraction/confirm`,
  screening: (id) => `/api/letters/${enc(id)}/screening`,
  review: (id, index) => `/api/letters/${enc(id)}/screening/results/${index}/review`,
  batchReview: (id) => `/api/letters/${enc(id)}/screening/reviews`,
  screeningCounts: (ids) => `/api/screening/counts?${ids.map((i) => `letterId=${enc(i)}`).join('&')}`,
  reviewPhrases: '/api/settings/review-phrases',
  reply: (id) => `/api/letters/${enc(id)}/reply`,
  replyPdf: (id) => `/api/letters/${enc(id)}/reply.pdf`,
  replyDocx: (id) => `/api/letters/${enc(id)}/reply.docx`,
  signOff: (id) => `/api/letters/${enc(id)}/sign-off`,
  returnLetter: (id) => `/api/letters/${enc(id)}/return`,
  dispatch: (id) => `/api/letters/${enc(id)}/dispatch`,
  handler: (id) => `/api/letters/${enc(id)}/handler`,
  extension: (id) => `/api/letters/${enc(id)}/extension`,
  refusal: (id) => `/api/letters/${enc(id)}/refusal`,
  voidLetter: (id) => `/api/letters/${enc(id)}/void`,
  urge: (id) => `/api/letters/${enc(id)}/urge`,
  objections: '/api/objections',
  objectionRoutes: '/api/objections/routes',
  objectionHop: (id, n) => `/api/objections/${enc(id)}/hops/${n}`,
  objectionOutcome: (id) => `/api/objections/${enc(id)}/outcome`,
  correction: (id) => `/api/objections/${enc(id)}/correction`,
  correctionReview: (id) => `/api/objections/${enc(id)}/correction/review`,
  refusalNotice: (id) => `/api/letters/${enc(id)}/refusal-notice`,
  letterFollowUps: (id) => `/api/letters/${enc(id)}/follow-ups`,
  followUps: '/api/follow-ups',
  followUpPdf: (id) => `/api/follow-ups/${enc(id)}/pdf`,
  followUpSignOff: (id) => `/api/follow-ups/${enc(id)}/sign-off`,
  workbench: '/api/workbench',
  notices: '/api/notices',
  noticeRead: (id) => `/api/notices/${enc(id)}/read`,
  noticesReadAll: '/api/notices/read-all',
  users: '/api/users',
  user: (id) => `/api/users/${enc(id)}`,
  unlock: (id) => `/api/users/${enc(id)}/unlock`,
  terminals: (id) => `/api/users/${enc(id)}/terminals`,
  roles: '/api/users/roles',
  imports: '/api/register/imports',
  importJob: (id) => `/api/register/imports/${enc(id)}`,
  versions: '/api/register/versions',
  ledger: '/api/ledger',
  ledgerXlsx: '/api/ledger.xlsx',
  ledgerPdf: '/api/ledger.pdf',
  ledgerMeasure: (letterId, index) => `/api/ledger/${enc(letterId)}/${index}/measure`,
  contacts: '/api/contacts',
  contactsXlsx: '/api/contacts.xlsx',
  contactsPdf: '/api/contacts.pdf',
  audit: '/api/audit',
  auditVerify: '/api/audit/verify',
  auditCheckpoints: '/api/audit/checkpoints',
  auditExport: '/api/audit/export',
  auditActions: '/api/audit/actions',
  auditXlsx: '/api/audit.xlsx',
  statistics: '/api/statistics',
  statisticsExport: (format) => `/api/statistics.${format}`,
};

function enc(s) { return encodeURIComponent(s); }
