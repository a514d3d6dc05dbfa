// Lore chat page. Everything from the server (answers, titles, quotes) is inserted with textContent, never as HTML.
'use strict';

const $ = (id) => document.getElementById(id);
const state = { me: null, conversationId: null, busy: false, lastQuestion: '' };

const SUGGESTIONS = [
  'How do I connect to the VPN?',
  'How many vacation days do I get?',
  'How do I submit an expense report?',
];

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

async function api(path, options = {}) {
  const headers = Object.assign({ 'X-Requested-With': 'fetch' }, options.headers || {});
  if (options.method && options.method !== 'GET' && state.me) headers[state.me.csrfHeader] = state.me.csrfToken;
  const response = await fetch(path, Object.assign({}, options, { headers, credentials: 'same-origin' }));
  if (response.status === 401) {
    window.location.assign('/login');
    throw new Error('signed out');
  }
  return response;
}

async function loadMe() {
  const response = await api('/api/v1/me');
  state.me = await response.json();
  const groups = state.me.groups.filter((g) => g !== 'everyone');
  $('who').textContent = state.me.name + (groups.length ? ' · ' + groups.join(', ') : '');
  const csrf = $('logout-csrf');
  csrf.name = state.me.csrfParameter;
  csrf.value = state.me.csrfToken;
}

function renderSuggestions() {
  const box = $('suggestions');
  for (const text of SUGGESTIONS) {
    const button = el('button', 'suggestion', text);
    button.type = 'button';
    button.setAttribute('role', 'listitem');
    button.addEventListener('click', () => { $('question').value = text; ask(); });
    box.append(button);
  }
}

// A random conversation id; crypto.randomUUID needs a secure context, getRandomValues does not.
function conversationId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return 'c-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function newConversation() {
  if (state.busy) return;
  state.conversationId = conversationId();
  for (const node of [...$('conversation').children]) {
    if (node.id !== 'welcome') node.remove();
  }
  $('welcome').hidden = false;
  closePanel();
  $('question').value = '';
  autosize();
  $('question').focus();
}

function addUserMessage(text) {
  $('welcome').hidden = true;
  const row = el('div', 'message user');
  row.append(el('div', 'bubble', text));
  $('conversation').append(row);
  return row;
}

function addAssistantMessage() {
  const row = el('article', 'message assistant');
  row.setAttribute('aria-busy', 'true');
  const avatar = el('span', 'avatar', 'L');
  avatar.setAttribute('aria-hidden', 'true');
  const body = el('div', 'body');
  const text = el('div', 'answer');
  const typing = el('span', 'typing');
  typing.setAttribute('aria-label', 'Lore is answering');
  typing.append(el('i'), el('i'), el('i'));
  text.append(typing);
  body.append(text);
  row.append(avatar, body);
  $('conversation').append(row);
  scrollToEnd();
  return { row, body, text };
}

function scrollToEnd() {
  const box = $('conversation');
  box.scrollTop = box.scrollHeight;
}

// Answer text with [n] markers becomes text nodes and citation buttons.
function renderAnswerText(container, answerText, citations) {
  container.textContent = '';
  const byNumber = new Map(citations.map((c) => [c.n, c]));
  const paragraphs = answerText.split(/\n{2,}/);
  for (const paragraph of paragraphs) {
    const p = el('p');
    const parts = paragraph.split(/(\[\d+\])/);
    for (const part of parts) {
      const match = /^\[(\d+)\]$/.exec(part);
      if (match && byNumber.has(Number(match[1]))) {
        p.append(citationButton(byNumber.get(Number(match[1])), 'cite'));
      } else if (part) {
        appendWithLineBreaks(p, part);
      }
    }
    container.append(p);
  }
}

function appendWithLineBreaks(parent, text) {
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (i > 0) parent.append(document.createElement('br'));
    parent.append(document.createTextNode(line));
  });
}

function citationButton(citation, className) {
  const button = el('button', className, String(citation.n));
  button.type = 'button';
  button.setAttribute('aria-label', 'Source ' + citation.n + ': ' + (citation.title || citation.docId));
  button.addEventListener('click', () => openPanel(citation, button));
  return button;
}

function renderSources(body, answer) {
  const list = answer.abstained ? (answer.closest || []) : answer.citations;
  if (!list.length) return;
  const section = el('section', 'sources');
  section.append(el('h3', null, answer.abstained ? 'Closest sources (they do not answer the question)' : 'Sources'));
  const ol = el('ol');
  list.forEach((citation, i) => {
    const item = el('li');
    const shown = Object.assign({ n: i + 1 }, citation);
    const button = el('button', 'source');
    button.type = 'button';
    button.append(el('span', 'badge', String(shown.n)), el('span', 'source-title', shown.title || shown.docId),
      el('span', 'source-name', shown.source || ''));
    button.addEventListener('click', () => openPanel(shown, button));
    item.append(button);
    ol.append(item);
  });
  section.append(ol);
  body.append(section);
}

function renderFooter(body, answer, question) {
  const footer = el('div', 'answer-footer');
  const feedback = $('feedback-template').content.firstElementChild.cloneNode(true);
  const comment = feedback.querySelector('.comment');
  let rating = null;
  const send = async (withComment) => {
    const payload = {
      rating, conversationId: answer.conversationId, question, answer: answer.answer,
      docIds: answer.citations.map((c) => c.docId),
      comment: withComment ? comment.querySelector('input').value.trim() || null : null,
    };
    const response = await api('/api/v1/feedback', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload),
    });
    feedback.querySelector('.thanks').textContent = response.ok ? 'Thanks for the feedback.' : 'Feedback was not saved.';
  };
  for (const thumb of feedback.querySelectorAll('.thumb')) {
    thumb.addEventListener('click', async () => {
      rating = thumb.dataset.rating;
      for (const other of feedback.querySelectorAll('.thumb')) other.setAttribute('aria-pressed', String(other === thumb));
      comment.hidden = false;
      comment.querySelector('input').focus();
      await send(false);
    });
  }
  comment.addEventListener('submit', async (event) => {
    event.preventDefault();
    await send(true);
    comment.hidden = true;
  });
  footer.append(feedback);
  const meta = el('span', 'mode', answer.mode === 'extractive' ? 'Extractive answer (no model)' : (answer.model || ''));
  footer.append(meta);
  body.append(footer);
}

function renderAnswer(view, answer, question) {
  view.row.classList.toggle('abstained', answer.abstained);
  if (answer.abstained) {
    view.text.textContent = '';
    const label = el('p', 'idk-label', 'I don\'t know');
    view.text.append(label);
    const text = (answer.answer || '').replace(/^I don.t know[.:,]?\s*/i, '');
    const explanation = el('p', null, text || 'The documents you can read do not answer this question.');
    view.text.append(explanation);
  } else {
    renderAnswerText(view.text, answer.answer, answer.citations);
  }
  if (answer.flagged && answer.flagged.length) {
    view.body.append(el('p', 'flagged', 'Some sentences could not be verified against the sources and were left out.'));
  }
  renderSources(view.body, answer);
  renderFooter(view.body, answer, question);
  view.row.removeAttribute('aria-busy');
}

// Reads a server-sent event stream from a fetch response body.
async function readEvents(response, onEvent) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let boundary;
    while ((boundary = buffer.search(/\r?\n\r?\n/)) >= 0) {
      const raw = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary).replace(/^\r?\n\r?\n/, '');
      let event = 'message';
      const data = [];
      for (const line of raw.split(/\r?\n/)) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length) onEvent(event, JSON.parse(data.join('\n')));
    }
  }
}

async function ask() {
  const input = $('question');
  const question = input.value.trim();
  if (!question || state.busy) return;
  if (!state.conversationId) state.conversationId = conversationId();
  state.busy = true;
  $('send').disabled = true;
  input.value = '';
  autosize();
  addUserMessage(question);
  const view = addAssistantMessage();
  let streamed = '';
  let streamSpan = null;
  let finished = false;
  try {
    const response = await api('/api/v1/ask/stream', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify({ question, conversationId: state.conversationId }),
    });
    if (!response.ok) {
      const error = await response.json().catch(() => ({ message: response.statusText }));
      throw new Error(error.message || 'request failed');
    }
    await readEvents(response, (event, data) => {
      if (event === 'token') {
        if (!streamSpan) {
          view.text.textContent = '';
          streamSpan = el('p', 'streaming');
          view.text.append(streamSpan);
        }
        streamed += data.text;
        streamSpan.textContent = streamed;
        scrollToEnd();
      } else if (event === 'done') {
        finished = true;
        state.conversationId = data.conversationId || state.conversationId;
        renderAnswer(view, data, question);
      } else if (event === 'error') {
        throw new Error(data.message);
      }
    });
    if (!finished) throw new Error('the answer stream ended early');
  } catch (error) {
    view.text.textContent = '';
    view.text.append(el('p', 'error', 'Something went wrong: ' + error.message));
    view.row.removeAttribute('aria-busy');
  } finally {
    state.busy = false;
    $('send').disabled = false;
    scrollToEnd();
    input.focus();
  }
}

let panelOpener = null;

function openPanel(citation, opener) {
  panelOpener = opener;
  $('panel-number').textContent = String(citation.n);
  $('panel-title').textContent = citation.title || citation.docId;
  $('panel-meta').textContent = [citation.source, citation.docId].filter(Boolean).join(' · ');
  $('panel-quote').textContent = citation.quote || citation.text || '';
  const params = new URLSearchParams({ id: citation.docId });
  if (citation.chunkId) params.set('chunk', citation.chunkId);
  $('panel-document').href = '/document.html?' + params.toString();
  const original = $('panel-original');
  if (citation.uri && /^https?:\/\//i.test(citation.uri)) {
    original.href = citation.uri;
    original.hidden = false;
  } else {
    original.hidden = true;
    original.removeAttribute('href');
  }
  $('source-panel').hidden = false;
  document.body.classList.add('panel-open');
  $('panel-close').focus();
}

function closePanel() {
  if ($('source-panel').hidden) return;
  $('source-panel').hidden = true;
  document.body.classList.remove('panel-open');
  if (panelOpener && document.body.contains(panelOpener)) panelOpener.focus();
  panelOpener = null;
}

function autosize() {
  const input = $('question');
  input.style.height = 'auto';
  input.style.height = Math.min(input.scrollHeight, 200) + 'px';
}

document.addEventListener('DOMContentLoaded', async () => {
  renderSuggestions();
  $('ask-form').addEventListener('submit', (event) => { event.preventDefault(); ask(); });
  $('question').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      ask();
    }
  });
  $('question').addEventListener('input', autosize);
  $('new-conversation').addEventListener('click', newConversation);
  $('panel-close').addEventListener('click', closePanel);
  document.addEventListener('keydown', (event) => { if (event.key === 'Escape') closePanel(); });
  await loadMe();
  $('question').focus();
});
