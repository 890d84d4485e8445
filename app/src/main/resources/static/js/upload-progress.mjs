// Progressive enhancement of upload forms (form[data-upload-progress]): the form is sent with
// XMLHttpRequest so that an NHS.UK-styled progress bar and a polite live region can say how much has
// been sent ("Uploaded 45 MB of 178 MB"). When the server redirects, the browser follows it; when it
// answers with the form again (a validation error), that page replaces this one. Without this script
// the plain form posts as usual.

const MB = 1024 * 1024
const ANNOUNCE_EVERY_MS = 1000

function megabytes (bytes) {
  return `${bytes < 10 * MB ? (bytes / MB).toFixed(1) : Math.round(bytes / MB)} MB`
}

function progressElement (form) {
  const group = document.createElement('div')
  group.className = 'nhsuk-form-group el-upload-progress'
  group.id = 'upload-progress'
  const label = document.createElement('label')
  label.className = 'nhsuk-label'
  label.htmlFor = 'upload-progress-bar'
  label.textContent = 'Upload progress'
  const bar = document.createElement('progress')
  bar.className = 'el-upload-progress__bar'
  bar.id = 'upload-progress-bar'
  bar.max = 100
  bar.value = 0
  const text = document.createElement('p')
  text.className = 'nhsuk-body-s el-upload-progress__text'
  text.id = 'upload-progress-text'
  text.setAttribute('aria-live', 'polite')
  text.textContent = 'Starting the upload'
  group.append(label, bar, text)
  form.after(group)
  return { group, bar, text }
}

function replacePage (html) {
  const page = new DOMParser().parseFromString(html, 'text/html')
  const main = page.getElementById('maincontent')
  if (!main) {
    return false
  }
  document.title = page.title
  document.getElementById('maincontent').replaceWith(document.adoptNode(main))
  enhanceUploadForms(document)
  const summary = document.querySelector('.nhsuk-error-summary')
  if (summary) {
    summary.focus()
  }
  return true
}

function send (form, button) {
  document.getElementById('upload-progress')?.remove()
  const { bar, text } = progressElement(form)
  let announced = 0
  const xhr = new XMLHttpRequest()
  xhr.open('POST', form.action)
  xhr.upload.addEventListener('progress', (event) => {
    if (!event.lengthComputable) {
      return
    }
    bar.max = event.total
    bar.value = event.loaded
    const now = Date.now()
    if (now - announced >= ANNOUNCE_EVERY_MS || event.loaded === event.total) {
      announced = now
      text.textContent = `Uploaded ${megabytes(event.loaded)} of ${megabytes(event.total)}`
    }
  })
  xhr.upload.addEventListener('load', () => {
    text.textContent = 'Upload complete. Opening the next page…'
  })
  xhr.addEventListener('load', () => {
    const posted = new URL(form.action, window.location.href).href
    if (xhr.responseURL && xhr.responseURL !== posted && xhr.status < 400) {
      window.location.assign(xhr.responseURL)
    } else if (!replacePage(xhr.responseText)) {
      text.textContent = `The upload failed (the server answered ${xhr.status}). Please try again.`
      button.disabled = false
    }
  })
  xhr.addEventListener('error', () => {
    text.textContent = 'The upload failed: the connection was lost. Please try again.'
    button.disabled = false
  })
  button.disabled = true
  xhr.send(new FormData(form))
}

export function enhanceUploadForms (root) {
  for (const form of root.querySelectorAll('form[data-upload-progress]')) {
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      send(form, form.querySelector('button[type=submit]'))
    })
  }
}
