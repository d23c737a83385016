//! Where the self-check starts and where Back leads from its first
//! question: the choice of work only when the person has one to make.
//! Apart from the screens so that each can name the next without
//! importing the other.

use crate::document::saved::Screen;
use crate::ui::state::AppState;

/// Whether the person picks their kind of work.
pub fn asks_role(st: AppState) -> bool {
    st.env.config.role.is_none() && st.content.assessment.roles.len() > 1
}

/// Where the self-check starts: the choice of work, or the first question.
pub fn first_step(st: AppState) -> Screen {
    if asks_role(st) { Screen::Role } else { Screen::Question { index: 0 } }
}

/// Where Back goes from the first question.
pub fn before_questions(st: AppState) -> Screen {
    if asks_role(st) { Screen::Role } else { Screen::Home }
}
