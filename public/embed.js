/*
 * Partnership Atlas responsive embed: sizes every <iframe data-partnership-atlas> on the page to
 * the height its chart reports through postMessage. Hand-written and tiny on purpose: it runs on
 * other people's pages, loads nothing, and ignores every message that is not a height report from
 * one of its own frames.
 */
(function () {
  if (window.partnershipAtlasEmbed) return;
  window.partnershipAtlasEmbed = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'partnership-atlas:height' || typeof data.height !== 'number') return;
    var frames = document.querySelectorAll('iframe[data-partnership-atlas]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(Math.min(Math.max(data.height, 100), 5000)) + 'px';
    }
  });
})();
