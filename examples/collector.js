// Example host-page code: forwards each finished result to the company's
// own collector. The widget's completed events carry the result's share
// link; the collector stores it per row, and its CSV goes back into the
// team view, which finds every link in any text. A file of its own,
// because a strict CSP forbids inline scripts; the page's CSP then needs
// `connect-src` for the collector's origin.
const endpoint = document.querySelector('meta[name="service-ladder-collector"]').content;
const list = document.getElementById('forwarded');
window.forwarded = [];

for (const type of ['assessment-completed', 'walkthrough-completed']) {
  document.addEventListener(`service-ladder:${type}`, (event) => {
    const d = event.detail;
    // What the team view needs is the link; the rest makes the collector's
    // table readable on its own. No names: only the group the page set.
    const row = { type, link: d.link, label: d.label ?? null, level: d.level ?? null, balance: d.balance ?? null };
    // text/plain keeps it a simple request (no CORS preflight); keepalive
    // lets it finish if the person closes the page.
    fetch(endpoint, { method: 'POST', mode: 'cors', keepalive: true, headers: { 'content-type': 'text/plain' }, body: JSON.stringify(row) })
      .then((r) => (r.ok ? 'sent' : `refused (${r.status})`), () => 'not sent: the collector cannot be reached')
      .then((outcome) => {
        window.forwarded.push({ type, outcome });
        const item = document.createElement('li');
        item.textContent = `${type}: ${outcome}`;
        list.append(item);
      });
  });
}
