//! Actors: people, states, government bodies, armed and political groups, organisations, media, places.

use super::{DateValue, Mention};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    Person,
    /// A country as a political actor: its state or government.
    State,
    /// A ministry, agency, council, parliament, court, armed service of a state.
    GovernmentBody,
    ArmedGroup,
    /// A party, bloc, alliance or movement.
    PoliticalGroup,
    Organisation,
    /// A media outlet quoted as a source.
    Media,
    /// A city, region or geographic name named only as a location ("a raid in a Baghdad suburb").
    Place,
}

impl ActorKind {
    pub const ALL: [ActorKind; 8] = [
        ActorKind::Person,
        ActorKind::State,
        ActorKind::GovernmentBody,
        ActorKind::ArmedGroup,
        ActorKind::PoliticalGroup,
        ActorKind::Organisation,
        ActorKind::Media,
        ActorKind::Place,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::State => "state",
            ActorKind::GovernmentBody => "government body",
            ActorKind::ArmedGroup => "armed group",
            ActorKind::PoliticalGroup => "political group",
            ActorKind::Organisation => "organisation",
            ActorKind::Media => "media",
            ActorKind::Place => "place",
        }
    }

    /// The snake_case name used in JSON and URLs.
    pub fn slug(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::State => "state",
            ActorKind::GovernmentBody => "government_body",
            ActorKind::ArmedGroup => "armed_group",
            ActorKind::PoliticalGroup => "political_group",
            ActorKind::Organisation => "organisation",
            ActorKind::Media => "media",
            ActorKind::Place => "place",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ActorKind> {
        ActorKind::ALL.into_iter().find(|k| k.slug() == slug)
    }
}

/// One actor with every place the corpus names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// A slug of the canonical name: stable when other documents are added.
    pub actor_id: String,
    pub name: String,
    pub kind: ActorKind,
    /// How sure the kind is, 0 to 1.
    pub kind_confidence: f32,
    /// Each surface form with how often it occurs, most frequent first.
    #[serde(default)]
    pub aliases: Vec<Alias>,
    #[serde(default)]
    pub roles: Vec<Role>,
    /// The actor id of the state or group this actor belongs to, if the text says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    #[serde(default)]
    pub mentions: Vec<Mention>,
}

impl Actor {
    /// The role shown first: the most recent one with a title.
    pub fn main_role(&self) -> Option<&Role> {
        self.roles.first()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alias {
    pub text: String,
    pub count: usize,
}

/// A title or office an actor holds, with when the corpus says it held it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Role {
    /// "Prime Minister of Iraq", "Secretary of State", "Former US Ambassador to Iraq".
    pub title: String,
    /// The date of the sentence that gives the role, where one is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub during: Option<DateValue>,
    pub evidence: Mention,
}
