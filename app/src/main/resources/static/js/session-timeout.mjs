// Warning before the session times out (WCAG 2.2.1 Timing Adjustable). The layout gives the body
// data-session-timeout (seconds without a request until the server ends the session) and
// data-session-warning (how long before that to warn), and holds a closed <dialog>. This script opens it
// in time, with a countdown, focus in the dialog (which screen readers then read out) and a polite update
// at each minute and near the end. "Stay signed in"
// (or Escape) asks the server for /api/v1/session, which restarts the session's clock; "Sign out" is a plain
// form. When the time is up the script checks with the server before sending the page to sign-in, because
// another tab may have kept the session alive. Without this script nothing changes: the server still
// signs people out and says why.

const SECOND = 1000
// The server starts its clock when it last answered; loads of images and scripts may land a moment after
// this script starts, so the check at the end waits this long past the computed end.
const GRACE = 5 * SECOND
const SESSION_URL = '/api/v1/session'
const TIMED_OUT_URL = '/sign-in?timedOut'

function plural (n, unit) {
  return `${n} ${unit}${n === 1 ? '' : 's'}`
}

/** "2 minutes", "1 minute 5 seconds", "40 seconds". */
function duration (ms) {
  const total = Math.max(0, Math.ceil(ms / SECOND))
  const minutes = Math.floor(total / 60)
  const seconds = total % 60
  if (minutes === 0) return plural(seconds, 'second')
  return seconds === 0 ? plural(minutes, 'minute') : `${plural(minutes, 'minute')} ${plural(seconds, 'second')}`
}

/** Announce again at each whole minute and at 30 and 10 seconds: often enough, not a stream of noise. */
function worthAnnouncing (ms) {
  const total = Math.ceil(ms / SECOND)
  return total % 60 === 0 || total === 30 || total === 10
}

export function warnBeforeSessionEnds (document) {
  const body = document.body
  const timeout = Number(body.dataset.sessionTimeout) * SECOND
  const warning = Number(body.dataset.sessionWarning) * SECOND
  const dialog = document.getElementById('session-timeout')
  if (!timeout || !dialog || typeof dialog.showModal !== 'function') return

  const countdown = dialog.querySelector('[data-session-countdown]')
  const announcement = dialog.querySelector('[data-session-announcement]')
  const problem = dialog.querySelector('[data-session-problem]')
  const stay = dialog.querySelector('[data-session-stay]')
  let lastContact = Date.now()
  let timer = null

  const endsAt = () => lastContact + timeout

  // Called while the dialog is closed: (re)sets the time to open it.
  function schedule () {
    clearTimeout(timer)
    timer = setTimeout(open, Math.max(0, endsAt() - warning - Date.now()))
  }

  function open () {
    problem.hidden = true
    countdown.textContent = duration(endsAt() - Date.now())
    // As an alertdialog, its title and message are read out when focus moves into it.
    dialog.showModal()
    stay.focus()
    timer = setTimeout(tick, SECOND)
  }

  function tick () {
    const left = endsAt() - Date.now()
    if (left + GRACE <= 0) {
      checkAtEnd()
      return
    }
    countdown.textContent = duration(left)
    if (left > 0 && worthAnnouncing(left)) {
      announcement.textContent = `You will be signed out in ${duration(left)}.`
    }
    timer = setTimeout(tick, Math.min(SECOND, left + GRACE))
  }

  // Asking the server restarts its clock, so it is only done when the person chooses to stay, or when
  // the session should already be over (and the answer then is 401 unless another tab kept it alive).
  async function askServer () {
    const response = await fetch(SESSION_URL, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    if (response.status === 401) {
      window.location.assign(TIMED_OUT_URL)
      return false
    }
    if (!response.ok) throw new Error(`Session check answered ${response.status}`)
    lastContact = Date.now()
    return true
  }

  async function checkAtEnd () {
    try {
      if (await askServer()) close()
    } catch {
      window.location.assign(TIMED_OUT_URL)
    }
  }

  async function staySignedIn () {
    stay.disabled = true
    try {
      if (await askServer()) close()
    } catch {
      problem.textContent = 'Sorry, we could not reach EquityLens. Check your connection and try again.'
      problem.hidden = false
    } finally {
      stay.disabled = false
    }
  }

  function close () {
    announcement.textContent = ''
    if (dialog.open) dialog.close()
    schedule()
  }

  stay.addEventListener('click', staySignedIn)
  // Escape means "not now" here, which is the same as staying.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault()
    staySignedIn()
  })

  // Any other request to the app (a dashboard fetch, an upload) also restarts the server's clock.
  if (typeof PerformanceObserver === 'function') {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (new URL(entry.name).origin === window.location.origin) {
          lastContact = Math.max(lastContact, performance.timeOrigin + entry.responseEnd)
        }
      }
      if (!dialog.open) schedule()
    }).observe({ type: 'resource' })
  }
  schedule()
}
