// Progressive enhancement only: every page works without this script.
import { initAll } from '../nhsuk/nhsuk-frontend.min.js'
import { enhanceUploadForms } from './upload-progress.mjs'
import { warnBeforeSessionEnds } from './session-timeout.mjs'

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported')
initAll()
enhanceUploadForms(document)
warnBeforeSessionEnds(document)
