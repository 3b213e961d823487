//! The filter bar of the list pages: a search box and the active filters as removable chips.

use tightrope_core::link::{FilterEdit, ViewFilter};
use yew::prelude::*;

use crate::components::filter_chips::FilterChips;
use crate::components::search_box::SearchBox;

#[derive(Properties, PartialEq)]
pub struct FilterBarProps {
    pub filter: ViewFilter,
    pub on_edit: Callback<FilterEdit>,
    #[prop_or(AttrValue::Static("Search quotes and titles"))]
    pub placeholder: AttrValue,
}

#[component]
pub fn FilterBar(props: &FilterBarProps) -> Html {
    html! {
        <div class="filter-bar">
            <SearchBox text={props.filter.text.clone()} on_edit={props.on_edit.clone()} placeholder={props.placeholder.clone()} />
            <FilterChips filter={props.filter.clone()} on_edit={props.on_edit.clone()} />
        </div>
    }
}
