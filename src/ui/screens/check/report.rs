//! A one-page printable report: the level, the charts, strengths and
//! growth areas, and the journey map — legible in black and white.

use crate::check::scoring;
use crate::document::history;
use crate::document::saved::Screen;
use crate::ui::browser::files;
use crate::ui::screens::check::result::ResultBody;
use crate::ui::screens::walk::map::MapBody;
use crate::ui::state::use_state;
use crate::ui::widgets::shared::{Go, StepHeading};
use leptos::prelude::*;

#[component]
pub fn Report() -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let a = st.assessment();
    let answers = st.answers.get_untracked();
    let finished = scoring::answered(a, &answers) == a.items.len();
    let previous = st.history.with_untracked(|h| history::previous_assessment(h, &answers).cloned());
    let colleagues = st.colleagues();
    let assessment = finished.then(|| {
        view! { <ResultBody answers=answers extra=st.extra() previous=previous brief=true titled=true colleagues=colleagues/> }
    });
    let walk = st.walked().zip(st.walk.get_untracked()).filter(|(_, w)| w.finished);
    let nothing = (!finished && walk.is_none()).then(|| {
        view! {
            <p>{t("check_report.nothing_to_print_yet_finish")}</p>
        }
    });
    let walk = walk.map(|(j, w)| view! { <MapBody journey=j walk=w titled=true/> });
    let day = crate::ui::i18n::words::long_date(lang, history::day(&files::now()));
    view! {
        <section class="step report">
            <StepHeading>{t("check_report.service_ladder_report")}</StepHeading>
            <p class="meta">{lang.f("check_report.self_reported_on", &[("day", &day)])}</p>
            {nothing}
            {assessment}
            {walk}
            <div class="actions no-print">
                <button type="button" class="primary" on:click=move |_| files::print()>{t("check_report.print_save_as_pdf")}</button>
                <Go to=Screen::Home label=t("check_report.close_the_report")/>
            </div>
        </section>
    }
}
