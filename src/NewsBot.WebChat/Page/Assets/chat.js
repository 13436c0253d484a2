// Opens the chat: asks this service for a conversation token (from the local Direct Line, or Azure's when the
// service is configured for it), then hands Microsoft's Web Chat a Direct Line connection with it.
(async function () {
  'use strict';

  const problem = document.getElementById('problem');

  function showProblem(text) {
    problem.textContent = text;
    problem.hidden = false;
  }

  let connection;
  try {
    const response = await fetch('webchat/token', { method: 'POST' });
    if (!response.ok) {
      const body = await response.json().catch(() => ({}));
      throw new Error(body.detail || 'HTTP ' + response.status);
    }
    connection = await response.json();
  } catch (error) {
    showProblem('The chat could not start: ' + error.message + ' Reload the page to try again.');
    return;
  }

  const directLine = window.WebChat.createDirectLine({
    domain: new URL(connection.directLineUrl, document.baseURI).href.replace(/\/$/, ''),
    token: connection.token,
    webSocket: connection.webSocket
  });

  window.WebChat.renderWebChat(
    {
      directLine,
      locale: 'en-US',
      styleOptions: {
        hideUploadButton: true,
        botAvatarInitials: 'NB',
        userAvatarInitials: 'You',
        bubbleMaxWidth: 720,
        sendBoxTextWrap: true
      }
    },
    document.getElementById('webchat')
  );
  document.querySelector('#webchat input, #webchat textarea')?.focus();
})();
