import type { WebchatContent } from '../../channels/channel-content';
import { type Spa, spaPlaceholders } from '../../content/spa';
import { escapeHtml, inlineJson } from './html';

/**
 * The demo page at /: a plain spa page (name, tagline, hours and address from spa.yaml, words from
 * channels.yaml) that adds the chat the way any site would, with one <script> tag for /embed.js.
 */
export function demoPage(spa: Spa, words: WebchatContent): string {
  const hours = spaPlaceholders(spa)
    ['spa.hours']!.split('\n')
    .map((line) => {
      const [day, time] = line.split(/:\s(.*)/s);
      return `<dt>${escapeHtml(day ?? '')}</dt><dd>${escapeHtml(time ?? '')}</dd>`;
    });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(words.pageTitle)}</title>
<link rel="stylesheet" href="/webchat/site.css">
</head>
<body>
<header class="site-header">
  <p class="brand">${escapeHtml(spa.name)}</p>
</header>
<main id="main" class="site-main">
  <section class="hero" aria-labelledby="tagline">
    <h1 id="tagline">${escapeHtml(spa.tagline)}</h1>
    <p>${escapeHtml(words.pageIntro)}</p>
    <p>${escapeHtml(words.pageChatHint)}</p>
  </section>
  <div class="facts">
    <section aria-labelledby="hours-heading">
      <h2 id="hours-heading">${escapeHtml(words.hoursHeading)}</h2>
      <dl class="hours">${hours.join('')}</dl>
    </section>
    <section aria-labelledby="contact-heading">
      <h2 id="contact-heading">${escapeHtml(words.contactHeading)}</h2>
      <address>
        ${escapeHtml(spa.address)}<br>
        <a href="tel:${escapeHtml(spa.phone.replace(/\s+/g, ''))}">${escapeHtml(spa.phone)}</a><br>
        <a href="mailto:${escapeHtml(spa.email)}">${escapeHtml(spa.email)}</a>
      </address>
    </section>
  </div>
</main>
<footer class="site-footer"><p>${escapeHtml(spa.name)} · ${escapeHtml(spa.address)}</p></footer>
<script src="/embed.js" defer></script>
</body>
</html>
`;
}

/** What the chat frame's script needs; passed as inert JSON, never as inline script. */
export interface FrameSettings {
  nonce: string;
  accent: string;
  accentText: string;
  /** Read out before each of the bot's messages (Web Chat's default is "Bot said:"). */
  botSaid: string;
  placeholder: string;
  /** Shown beside a team member's name and role on their messages. */
  teamLabel: string;
  locale: string;
}

/** The frame's script, style and Web Chat bundle, under content-hashed URLs. */
export interface FrameAssets {
  bundle: string;
  script: string;
  style: string;
}

/** The page inside the widget's iframe: Web Chat itself, served and scripted from this origin only. */
export function framePage(words: WebchatContent, settings: FrameSettings, assets: FrameAssets): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(words.panelTitle)}</title>
<link rel="stylesheet" href="${assets.style}">
</head>
<body>
<main class="webchat-main" aria-labelledby="webchat-title">
  <h1 id="webchat-title" class="visually-hidden">${escapeHtml(words.panelTitle)}</h1>
  <div id="webchat" class="webchat"></div>
</main>
<p id="webchat-error" class="webchat-error" role="alert" hidden>${escapeHtml(words.connectionError)}</p>
<script type="application/json" id="webchat-settings">${inlineJson(settings)}</script>
<script src="${assets.bundle}" fetchpriority="low"></script>
<script src="${assets.script}"></script>
</body>
</html>
`;
}
