//! One component per page of the viewer.

pub mod about;
pub mod actor;
pub mod actors;
pub mod document;
pub mod documents;
pub mod not_found;
pub mod timeline;
