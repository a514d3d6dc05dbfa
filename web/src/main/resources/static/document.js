// Shows a document's passages; the one a citation points to is highlighted. Text is set with textContent only.
'use strict';

document.addEventListener('DOMContentLoaded', async () => {
  const params = new URLSearchParams(window.location.search);
  const id = params.get('id') || '';
  const cited = params.get('chunk');
  const title = document.getElementById('title');
  const response = await fetch('/api/v1/documents/' + id.split('/').map(encodeURIComponent).join('/'),
    { headers: { 'X-Requested-With': 'fetch' }, credentials: 'same-origin' });
  if (response.status === 401) { window.location.assign('/login'); return; }
  if (!response.ok) { title.textContent = 'Document not found'; return; }
  const view = await response.json();
  document.title = view.document.title + ' · Lore';
  title.textContent = view.document.title;
  document.getElementById('meta').textContent = [view.document.source, view.document.docId].join(' · ');
  const original = document.getElementById('original');
  if (/^https?:\/\//i.test(view.document.uri || '')) { original.href = view.document.uri; original.hidden = false; }
  const box = document.getElementById('chunks');
  let target = null;
  for (const chunk of view.chunks) {
    const section = document.createElement('section');
    section.className = 'chunk' + (chunk.chunkId === cited ? ' cited' : '');
    section.id = 'chunk-' + chunk.ordinal;
    if (chunk.headingPath && chunk.headingPath.length) {
      const heading = document.createElement('div');
      heading.className = 'heading';
      heading.textContent = chunk.headingPath.join(' › ');
      section.append(heading);
    }
    const text = document.createElement('div');
    text.className = 'text';
    text.textContent = chunk.text;
    section.append(text);
    box.append(section);
    if (chunk.chunkId === cited) target = section;
  }
  if (target) target.scrollIntoView({ block: 'center' });
});
