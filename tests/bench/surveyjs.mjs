// Renders Service Ladder's questionnaire with SurveyJS, one question per
// page, for the side-by-side speed figure in `make bench`: the questions
// of the default kind of work, as the app asks them (a "rushed" twin has
// its ordinary item's options; tests/e2e/harness.mjs reads them alike).
const content = await (await fetch('/content/assessment.json')).json();
const scale = (name) => content.scales[name].map((p) => ({ value: p.id, text: p.label.en }));
const byId = new Map(content.items.map((i) => [i.id, i]));
const set = content.roles[0].id;
const items = content.items
  .map((i) => {
    const twin = i.pressure_of && byId.get(i.pressure_of);
    return twin ? { ...twin, ...i, options: twin.options, roles: twin.roles, allows_na: twin.allows_na } : i;
  })
  .filter((i) => !i.roles || i.roles.length === 0 || i.roles.includes(set));
const pages = items.map((item) => ({
  elements: [
    {
      type: 'radiogroup',
      name: item.id,
      title: item.text.en,
      isRequired: true,
      choices: [
        ...(item.kind === 'situation'
          ? item.options.map((o) => ({ value: o.id, text: o.text.en }))
          : scale(item.kind === 'frequency' || item.kind === 'reverse' ? 'frequency' : 'agreement')),
        ...(item.allows_na ? [{ value: 'na', text: content.scales.not_applicable.en }] : []),
      ],
    },
  ],
}));
const model = new Survey.Model({ title: 'Service Ladder', showProgressBar: 'top', pages });
SurveyUI.renderSurvey(model, document.getElementById('survey'));
