// The console's only script: a statement file sent with a progress bar. The file goes as the request's body (as the
// API takes it), the form's anti-forgery token in a header; the answer names the file, whose page is shown next.
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
    request.addEventListener("load", () => {
      let body = {};
      try { body = JSON.parse(request.responseText); } catch { body = {}; }
      const id = body.id || body.statementFileId;
      if (id) window.location.href = "/statements?id=" + encodeURIComponent(id);
      else status.textContent = body.detail || body.title || String(request.status);
    });
    request.addEventListener("error", () => { status.textContent = form.dataset.failed; });
    status.textContent = form.dataset.sending;
    request.send(file);
  });
});
