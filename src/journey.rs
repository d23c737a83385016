//! Customer journeys: ordered touchpoints, read from templates or made by the
//! user, and the editing operations on them. Editing keeps every existing
//! touchpoint id, so ratings made during a walk stay attached.

use crate::decode::Reader;
use crate::lang::Text;
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    FaceToFace,
    Phone,
    Email,
    Web,
    Messenger,
}

impl Channel {
    pub const ALL: [Channel; 5] =
        [Channel::FaceToFace, Channel::Phone, Channel::Email, Channel::Web, Channel::Messenger];

    pub fn id(self) -> &'static str {
        match self {
            Channel::FaceToFace => "face_to_face",
            Channel::Phone => "phone",
            Channel::Email => "email",
            Channel::Web => "web",
            Channel::Messenger => "messenger",
        }
    }

    pub fn from_id(id: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.id() == id)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClientKind {
    External,
    Internal,
}

impl ClientKind {
    pub fn id(self) -> &'static str {
        match self {
            ClientKind::External => "external",
            ClientKind::Internal => "internal",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Touchpoint {
    pub id: String,
    pub name: Text,
    pub who: Text,
    pub channel: Channel,
    pub client: ClientKind,
    pub expectation: Text,
    /// The client is handed from one department to another here.
    pub handoff: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Journey {
    pub id: String,
    pub name: Text,
    pub description: Text,
    pub touchpoints: Vec<Touchpoint>,
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
    pub fn read(r: &mut Reader, v: &Value, path: &str) -> Option<Journey> {
        let mut o = r.object(v, path)?;
        let id = o.req_id(r, "id");
        if let Some(id) = &id {
            o.named(id);
        }
        let name = o.req_text(r, "name");
        let description = o.opt_text(r, "description").unwrap_or_default();
        let mut touchpoints = Vec::new();
        let list = o.req_list(r, "touchpoints");
        if list.is_empty() && o.get("touchpoints").is_some() {
            r.problem(&o.at("touchpoints"), "a journey needs at least one touchpoint");
        }
        if list.len() > MAX_TOUCHPOINTS {
            r.problem(&o.at("touchpoints"), format!("{} touchpoints; the limit is {MAX_TOUCHPOINTS}", list.len()));
        }
        for (tpath, tv) in list.into_iter().take(MAX_TOUCHPOINTS) {
            if let Some(t) = read_touchpoint(r, tv, &tpath) {
                touchpoints.push(t);
            }
        }
        r.unique_ids(&o.at("touchpoints"), touchpoints.iter().map(|t| t.id.as_str()));
        o.finish(r, &["id", "name", "description", "touchpoints"]);
        Some(Journey { id: id?, name: name?, description, touchpoints })
    }

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

fn read_touchpoint(r: &mut Reader, v: &Value, path: &str) -> Option<Touchpoint> {
    let mut o = r.object(v, path)?;
    let id = o.req_id(r, "id");
    if let Some(id) = &id {
        o.named(id);
    }
    let name = o.req_text(r, "name");
    let who = o.opt_text(r, "who").unwrap_or_default();
    let channel = o.req_string(r, "channel").and_then(|c| {
        let ch = Channel::from_id(&c);
        if ch.is_none() {
            let known: Vec<&str> = Channel::ALL.iter().map(|c| c.id()).collect();
            r.problem(
                &o.at("channel"),
                format!("unknown channel \"{}\" (use {})", crate::decode::shorten(&c), known.join(", ")),
            );
        }
        ch
    });
    let client = match o.opt_string(r, "client").as_deref() {
        None | Some("external") => Some(ClientKind::External),
        Some("internal") => Some(ClientKind::Internal),
        Some(other) => {
            r.problem(
                &o.at("client"),
                format!("unknown client \"{}\" (use external or internal)", crate::decode::shorten(other)),
            );
            None
        }
    };
    let expectation = o.req_text(r, "expectation");
    let handoff = o.opt_bool(r, "handoff").unwrap_or(false);
    o.finish(r, &["id", "name", "who", "channel", "client", "expectation", "handoff"]);
    Some(Touchpoint {
        id: id?,
        name: name?,
        who,
        channel: channel?,
        client: client?,
        expectation: expectation?,
        handoff,
    })
}
