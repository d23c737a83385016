// Renders Service Ladder's questionnaire with SurveyJS, one question per
// page, for the side-by-side speed figure in `make bench`.
const content = await (await fetch('/content/assessment.json')).json();
const scale = (name) => content.scales[name].map((p) => ({ value: p.id, text: p.label.en }));
const pages = content.items.map((item) => ({
  elements: [
    {
      type: 'radiogroup',
      name: item.id,
      title: item.text.en,
      isRequired: true,
      choices:
        item.kind === 'situation'
          ? item.options.map((o) => ({ value: o.id, text: o.text.en }))
          : scale(item.kind === 'frequency' || item.kind === 'reverse' ? 'frequency' : 'agreement'),
    },
  ],
}));
const model = new Survey.Model({ title: 'Service Ladder', showProgressBar: 'top', pages });
SurveyUI.renderSurvey(model, document.getElementById('survey'));
