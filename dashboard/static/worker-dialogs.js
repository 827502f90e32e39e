// The worker page's two bottom-sheet dialogs: a reason for rejecting, a note and photo for resolving.
// Each returns a Promise of the answer, or null when the worker cancels.

import { $, shrinkImage } from './common.js';

export function askReject() {
  const dlg = $('#reject-dialog');
  const reason = $('#reject-reason');
  const err = $('#reject-error');
  reason.value = '';
  err.hidden = true;
  for (const c of dlg.querySelectorAll('.chip-btn')) c.setAttribute('aria-pressed', 'false');
  return new Promise((resolve) => {
    const done = (value) => { dlg.close(); cleanup(); resolve(value); };
    const onSubmit = (e) => {
      e.preventDefault();
      const text = reason.value.trim();
      if (!text) { err.textContent = '请填写拒绝原因 · A reason is required'; err.hidden = false; return; }
      done(text);
    };
    const onChip = (e) => {
      const chip = e.target.closest('.chip-btn');
      if (!chip) return;
      reason.value = chip.dataset.reason;
      for (const c of dlg.querySelectorAll('.chip-btn')) c.setAttribute('aria-pressed', String(c === chip));
    };
    const onCancel = () => done(null);
    const cleanup = () => {
      $('#reject-form').removeEventListener('submit', onSubmit);
      $('#reject-chips').removeEventListener('click', onChip);
      $('#reject-cancel').removeEventListener('click', onCancel);
      dlg.removeEventListener('cancel', onCancel);
    };
    $('#reject-form').addEventListener('submit', onSubmit);
    $('#reject-chips').addEventListener('click', onChip);
    $('#reject-cancel').addEventListener('click', onCancel);
    dlg.addEventListener('cancel', onCancel);
    dlg.showModal();
    reason.focus();
  });
}

export function askResolve() {
  const dlg = $('#resolve-dialog');
  const note = $('#resolve-note');
  const photo = $('#resolve-photo');
  const preview = $('#resolve-preview');
  const err = $('#resolve-error');
  note.value = '';
  photo.value = '';
  preview.hidden = true;
  err.hidden = true;
  let shrunk = null; // the photo as a JPEG data URL: small enough to persist in the queue
  return new Promise((resolve) => {
    const done = (value) => { dlg.close(); cleanup(); resolve(value); };
    const onPhoto = async () => {
      const file = photo.files?.[0];
      shrunk = null;
      if (!file) { preview.hidden = true; return; }
      try {
        shrunk = { photo: await shrinkImage(file, 1600, 0.8), photo_name: file.name.replace(/\.\w+$/, '') + '.jpg' };
        preview.src = shrunk.photo;
        preview.hidden = false;
      } catch {
        err.textContent = '无法读取照片 · Cannot read the photo';
        err.hidden = false;
      }
    };
    const onSubmit = (e) => {
      e.preventDefault();
      done({ note: note.value.trim(), ...(shrunk ?? {}) });
    };
    const onCancel = () => done(null);
    const cleanup = () => {
      photo.removeEventListener('change', onPhoto);
      $('#resolve-form').removeEventListener('submit', onSubmit);
      $('#resolve-cancel').removeEventListener('click', onCancel);
      dlg.removeEventListener('cancel', onCancel);
    };
    photo.addEventListener('change', onPhoto);
    $('#resolve-form').addEventListener('submit', onSubmit);
    $('#resolve-cancel').addEventListener('click', onCancel);
    dlg.addEventListener('cancel', onCancel);
    dlg.showModal();
  });
}
