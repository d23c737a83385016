//! Customer journeys: ordered touchpoints, read from templates or made by the
//! user, and the editing operations on them. Editing keeps every existing
//! touchpoint id, so ratings made during a walk stay attached.

use crate::codec::model::{Id, List};
use crate::codec::reader::Reader;
use crate::text::lang::Text;

crate::choice! {
    /// How the client and the company meet at a touchpoint.
    pub enum Channel {
        FaceToFace = "face_to_face",
        Phone = "phone",
        Email = "email",
        Web = "web",
        Messenger = "messenger",
    }
}

crate::choice! {
    /// Whether the client at a touchpoint is a customer or a colleague.
    pub enum ClientKind { External = "external", Internal = "internal" }
}

crate::model! {
    /// One place in a journey where the client meets the company.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Touchpoint {
        /// Unique within its journey.
        pub id: String as Id,
        pub name: Text,
        /// The department or person the client deals with here.
        pub who: Text = Text::default(),
        pub channel: Channel,
        /// A customer (external) or a colleague (internal).
        pub client: ClientKind = ClientKind::External,
        /// What the client expects here.
        pub expectation: Text,
        /// The client is handed from one department to another here.
        pub handoff: bool = false,
    }
}

crate::model! {
    /// A customer journey: an ordered list of touchpoints.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Journey {
        /// Unique among the journeys.
        pub id: String as Id,
        pub name: Text,
        pub description: Text = Text::default(),
        pub touchpoints: Vec<Touchpoint> as List<Touchpoint, 1, { MAX_TOUCHPOINTS }>,
    }
    check journey_problems;
}

fn journey_problems(j: &Journey, r: &mut Reader, path: &str) {
    r.unique_ids(&format!("{path}.touchpoints"), j.touchpoints.iter().map(|t| t.id.as_str()));
}

/// Most touchpoints a journey may have; a walk is done in one sitting.
pub const MAX_TOUCHPOINTS: usize = 40;

/// An id for a journey of the person's own that none of `taken` uses
/// (`my-1`, `my-2`, …), so it never collides with a template's.
pub fn own_id<'a>(taken: impl IntoIterator<Item = &'a str> + Clone) -> String {
    let mut n = 1;
    loop {
        let id = format!("my-{n}");
        if !taken.clone().into_iter().any(|t| t == id) {
            return id;
        }
        n += 1;
    }
}

impl Journey {
    /// A copy the person owns, under a new id.
    pub fn copy_as(&self, id: String) -> Journey {
        Journey { id, ..self.clone() }
    }

    /// An empty journey with one touchpoint to start from.
    pub fn blank(id: String, name: Text, first: Text) -> Journey {
        let mut j = Journey { id, name, description: Text::default(), touchpoints: Vec::new() };
        j.add_touchpoint(None, first);
        j
    }

    pub fn handoffs(&self) -> usize {
        self.touchpoints.iter().filter(|t| t.handoff).count()
    }

    pub fn position(&self, touchpoint_id: &str) -> Option<usize> {
        self.touchpoints.iter().position(|t| t.id == touchpoint_id)
    }

    /// A fresh id that no touchpoint of this journey has ever used in its
    /// current form (ids are never reused while the touchpoint exists).
    fn fresh_id(&self) -> String {
        let mut n = self.touchpoints.len() + 1;
        loop {
            let id = format!("tp{n}");
            if self.position(&id).is_none() {
                return id;
            }
            n += 1;
        }
    }

    /// Adds a touchpoint after `after` (or at the end) and returns its id.
    pub fn add_touchpoint(&mut self, after: Option<usize>, name: Text) -> Option<String> {
        if self.touchpoints.len() >= MAX_TOUCHPOINTS {
            return None;
        }
        let id = self.fresh_id();
        let at = after.map_or(self.touchpoints.len(), |i| (i + 1).min(self.touchpoints.len()));
        self.touchpoints.insert(
            at,
            Touchpoint {
                id: id.clone(),
                name,
                who: Text::default(),
                channel: Channel::FaceToFace,
                client: ClientKind::External,
                expectation: Text::default(),
                handoff: false,
            },
        );
        Some(id)
    }

    pub fn remove_touchpoint(&mut self, id: &str) -> bool {
        match self.position(id) {
            Some(i) if self.touchpoints.len() > 1 => {
                self.touchpoints.remove(i);
                true
            }
            _ => false,
        }
    }

    /// Moves a touchpoint one place up (`-1`) or down (`+1`).
    pub fn move_touchpoint(&mut self, id: &str, delta: isize) -> bool {
        let Some(i) = self.position(id) else { return false };
        let j = i as isize + delta;
        if j < 0 || j as usize >= self.touchpoints.len() {
            return false;
        }
        self.touchpoints.swap(i, j as usize);
        true
    }
}
