//! Reusable pieces of the pages; each renders and dispatches, nothing more.

pub mod actor_link;
pub mod copy_link;
pub mod date_label;
pub mod event_row;
pub mod filter_bar;
pub mod header;
pub mod link_notes;
pub mod marked_text;
pub mod view_link;
