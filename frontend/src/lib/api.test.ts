import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, api, setApiLanguage, setUnauthorizedHandler, withQuery } from './api'

afterEach(() => {
  vi.unstubAllGlobals()
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT'
  setUnauthorizedHandler(null)
})

function stubFetch(status: number, body: unknown, contentType = 'application/json') {
  const fetch = vi.fn().mockResolvedValue(
    new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': contentType },
    }),
  )
  vi.stubGlobal('fetch', fetch)
  return fetch
}

describe('api', () => {
  it('sends the UI language, the CSRF token and X-Requested-With on a POST', async () => {
    document.cookie = 'XSRF-TOKEN=abc%2D123'
    setApiLanguage('en-US')
    const fetch = stubFetch(200, { id: 't1' })
    await api.claim('t1')
    const [url, init] = fetch.mock.calls[0]!
    expect(url).toBe('/api/tasks/t1/claim')
    expect(init.method).toBe('POST')
    expect(init.headers['Accept-Language']).toBe('en-US')
    expect(init.headers['X-XSRF-TOKEN']).toBe('abc-123')
    expect(init.headers['X-Requested-With']).toBe('XMLHttpRequest')
  })

  it('turns a problem detail into an ApiError with its field errors', async () => {
    stubFetch(
      400,
      {
        status: 400,
        detail: '提交的数据有误',
        errors: [{ field: 'title', code: 'required', message: '请填写' }],
      },
      'application/problem+json',
    )
    const error = await api.startRequest('purchase-request', {}).catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(400)
    expect(error.message).toBe('提交的数据有误')
    expect(error.fieldErrors).toEqual([{ field: 'title', code: 'required', message: '请填写' }])
  })

  it('reports an ended session once, but not for a failed login', async () => {
    const handler = vi.fn()
    setUnauthorizedHandler(handler)
    stubFetch(401, { status: 401 }, 'application/problem+json')
    await api.tasks({ scope: 'assigned' }).catch(() => undefined)
    await api.login('zhangwei', 'wrong').catch(() => undefined)
    expect(handler).toHaveBeenCalledTimes(1)
  })

  it('builds queries without empty values', () => {
    expect(
      withQuery('/api/tasks', { scope: 'assigned', q: '', processKey: undefined, page: 0 }),
    ).toBe('/api/tasks?scope=assigned&page=0')
  })

  it('sends the Idempotency-Key of a start form fill, and none when there is none', async () => {
    const fetch = stubFetch(201, { id: 'PR-1' })
    await api.startRequest('purchase-request', { title: 'x' }, 'key-1')
    await api.startRequest('purchase-request', { title: 'x' })
    expect(fetch.mock.calls[0]![1].headers['Idempotency-Key']).toBe('key-1')
    expect(fetch.mock.calls[1]![1].headers).not.toHaveProperty('Idempotency-Key')
  })
})
