//! The company's own situations: the text, three answers keyed −1 / 0 / +1
//! and the qualities each measures, in every offered language, checked
//! live by the rules the shipped situations follow (every key present,
//! every language, answers of balanced length), each problem under its
//! situation.

use super::state::{B, use_b};
use leptos::prelude::*;

/// Most situations drawn at once.
const MAX_SHOWN: usize = 60;

/// The answers' keys, −1, 0 and +1.
const KEYS: [i8; 3] = [-1, 0, 1];

/// What an answer's key means, for its field's label.
fn answer_label(lang: crate::text::lang::Lang, key: i8, code: &str) -> String {
    let code = code.to_uppercase();
    match key {
        -1 => lang.f("builder.answer_below", &[("lang", &code)]),
        0 => lang.f("builder.answer_as_expected", &[("lang", &code)]),
        _ => lang.f("builder.answer_beyond", &[("lang", &code)]),
    }
}

#[component]
pub fn Questions() -> impl IntoView {
    let b = use_b();
    let lang = b.lang.get_untracked();
    // Drawn again only when a situation is added or removed, or the languages change.
    let list = Memo::new(move |_| b.draft.with(|d| (d.situations(), d.languages())));
    // A file may hold thousands (config::read refuses more than 500): the
    // first ones are drawn, the rest counted.
    let items = move || {
        let (places, codes) = list.get();
        let hidden = places.len().saturating_sub(MAX_SHOWN);
        let shown = places
            .into_iter()
            .take(MAX_SHOWN)
            .enumerate()
            .map(|(n, at)| situation(b, n + 1, at, &codes))
            .collect_view();
        let more = (hidden > 0).then(
            || view! { <p class="hint">{b.lang.get_untracked().p("builder.more_not_shown", hidden as i64, &[])}</p> },
        );
        view! { {shown}{more} }
    };
    // About the items as a whole (each situation's own are under it).
    let whole = move || {
        b.checked
            .with(|c| {
                c.at("items").filter(|p| !p.path.starts_with("items[")).map(|p| p.message.clone()).collect::<Vec<_>>()
            })
            .into_iter()
            .map(|m| view! { <li>{m}</li> })
            .collect_view()
    };
    view! {
        <section class="builder-section" aria-labelledby="b-questions">
            <h2 id="b-questions">{lang.t("builder.questions")}</h2>
            <p class="hint">{lang.t("builder.questions_hint")}</p>
            <ul class="field-problems">{whole}</ul>
            <div class="situations">{items}</div>
            <div class="builder-row">
                <button type="button" class="add-situation" on:click=move |_| b.change(|d| {
                    d.add_situation();
                })>{lang.t("builder.add_situation")}</button>
            </div>
        </section>
    }
}

fn situation(b: B, n: usize, at: usize, codes: &[String]) -> impl IntoView + use<> {
    let lang = b.lang.get_untracked();
    let id = b.draft.with_untracked(|d| d.item_id(at));
    let texts = codes
        .iter()
        .map(|code| {
            let field = format!("b-s{at}-{code}");
            let value = b.draft.with_untracked(|d| d.situation_words(at, code));
            let c = code.clone();
            view! {
                <div class="builder-field">
                    <label for=field.clone()>{lang.f("builder.situation_in", &[("lang", &code.to_uppercase())])}</label>
                    <textarea id=field class="situation-text" rows="2" maxlength="400" prop:value=value
                        on:input=move |ev| { let v = event_target_value(&ev); b.change(|d| d.set_situation_words(at, &c, &v)) }></textarea>
                </div>
            }
        })
        .collect_view();
    let answers = KEYS
        .into_iter()
        .flat_map(|key| {
            codes.iter().map(move |code| {
                let field = format!("b-s{at}-o{}-{code}", key + 1);
                let value = b.draft.with_untracked(|d| d.option_words(at, key, code));
                let c = code.clone();
                view! {
                    <div class="builder-field">
                        <label for=field.clone()>{answer_label(lang, key, code)}</label>
                        <input id=field type="text" class="option-text" data-key=key.to_string() maxlength="300" prop:value=value
                            on:input=move |ev| { let v = event_target_value(&ev); b.change(|d| d.set_option_words(at, key, &c, &v)) }/>
                    </div>
                }
            })
        })
        .collect_view();
    let qualities = b
        .env
        .shipped
        .assessment
        .qualities
        .iter()
        .map(|q| {
            let qid = q.id.clone();
            let on = b.draft.with_untracked(|d| d.qualities(at).contains(&qid));
            let toggle = move |ev: leptos::ev::Event| {
                let want = event_target_checked(&ev);
                b.change(|d| {
                    let mut now = d.qualities(at);
                    now.retain(|x| *x != qid);
                    if want {
                        now.push(qid.clone());
                    }
                    let ids: Vec<&str> = now.iter().map(String::as_str).collect();
                    d.set_qualities(at, &ids);
                });
            };
            view! {
                <label class="choice">
                    <input type="checkbox" value=q.id.clone() prop:checked=on on:change=toggle/>
                    {q.name.get(lang).to_string()}
                </label>
            }
        })
        .collect_view();
    let problems = move || {
        b.checked
            .with(|c| c.at_item(at).map(|p| p.message.clone()).collect::<Vec<_>>())
            .into_iter()
            .map(|m| view! { <li>{m}</li> })
            .collect_view()
    };
    view! {
        <fieldset class="situation" data-item=id.clone()>
            <legend>{lang.f("builder.situation_n", &[("n", &n), ("id", &id)])}</legend>
            {texts}
            {answers}
            <fieldset>
                <legend>{lang.t("builder.qualities")}</legend>
                {qualities}
            </fieldset>
            <ul class="field-problems item-problems">{problems}</ul>
            <button type="button" class="remove-situation" on:click=move |_| b.change(|d| d.remove_item(at))>
                {lang.f("builder.remove_situation", &[("n", &n)])}
            </button>
        </fieldset>
    }
}
