//! Hooks that reach the browser: element sizes, page-wide keys.

pub mod use_element_width;
pub mod use_page_keys;
