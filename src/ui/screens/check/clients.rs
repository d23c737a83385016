//! Who counts as a client, shown on the choice of work: drawn by a later
//! part of the wasm (the router), so apart from the screen that places it.

use crate::ui::screens::check::result::{Defs, concept_defs};
use crate::ui::state::use_state;
use leptos::prelude::*;

/// Who counts as a client: the seed's question, then its internal and
/// external clients with their examples. Drawn by a later part of the wasm.
#[component]
pub fn Clients() -> impl IntoView {
    let st = use_state();
    let c = st.content;
    let mut clients: Vec<_> = c.concepts.get("orientation", "client_needs").into_iter().cloned().collect();
    clients.extend(c.concepts.clients.iter().cloned());
    view! { <Defs defs=concept_defs(&clients, st.lang.get_untracked()) class="concepts"/> }
}
