// Example host-page code: lists the widget's events as they arrive. A
// file of its own, because a strict CSP forbids inline scripts.
const log = document.getElementById('events');
window.serviceLadderEvents = [];
for (const type of ['ready', 'step', 'assessment-completed', 'walkthrough-completed', 'resize']) {
  document.addEventListener(`service-ladder:${type}`, (event) => {
    window.serviceLadderEvents.push({ type, detail: event.detail, target: event.target.id });
    if (!log || type === 'resize' || type === 'step') return;
    const item = document.createElement('li');
    item.textContent = `${type}: ${JSON.stringify(event.detail)}`;
    log.append(item);
  });
}
