//! Reusable pieces of the pages; each renders and dispatches, nothing more.

pub mod actor_facet;
pub mod actor_link;
pub mod axis_legend;
pub mod axis_marks;
pub mod axis_overview;
pub mod copy_link;
pub mod date_label;
pub mod empty_result;
pub mod event_list;
pub mod event_row;
pub mod event_summary;
pub mod export_buttons;
pub mod facet_group;
pub mod facet_panel;
pub mod filter_bar;
pub mod filter_chips;
pub mod header;
pub mod link_notes;
pub mod marked_text;
pub mod search_box;
pub mod selected_event;
pub mod time_axis;
pub mod view_link;
