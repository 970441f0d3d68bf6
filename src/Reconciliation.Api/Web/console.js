// The console's only script: a statement file sent with a progress bar. The file goes as the request's body (as the
// API takes it), the form's anti-forgery token in a header; the answer leads to the file's page, shown next. Without
// this script the form posts itself, and the same page follows, without the bar.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("upload");
  if (!form) return;
  const progress = document.getElementById("upload-progress");
  const status = document.getElementById("upload-status");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const file = form.querySelector("input[type=file]").files[0];
    if (!file) return;
    // Over the limit: said at once, rather than after sending it all to be refused.
    if (file.size > Number(form.dataset.maxBytes)) {
      window.location.href = window.location.pathname + form.dataset.tooLarge;
      return;
    }
    const request = new XMLHttpRequest();
    request.open("POST", form.action);
    request.setRequestHeader("RequestVerificationToken", form.querySelector("input[name=__RequestVerificationToken]").value);
    request.setRequestHeader("X-File-Name", file.name);
    request.setRequestHeader("Content-Type", "application/octet-stream");
    progress.hidden = false;
    request.upload.addEventListener("progress", (e) => {
      if (e.lengthComputable) {
        progress.max = e.total;
        progress.value = e.loaded;
      }
    });
    // The answer is a redirect to the page that says what became of the file; the request has followed it.
    request.addEventListener("load", () => {
      if (request.status === 200 && request.responseURL) window.location.href = request.responseURL;
      else status.textContent = form.dataset.failed + " (" + request.status + ")";
    });
    request.addEventListener("error", () => { status.textContent = form.dataset.failed; });
    status.textContent = form.dataset.sending;
    request.send(file);
  });
});
