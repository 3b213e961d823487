//! One facet: its values as toggle buttons, each with how many events choosing it would leave.

use tightrope_core::link::FilterEdit;
use yew::prelude::*;

/// How many values a long facet shows before "show more", and how many more each press adds.
const STEP: usize = 8;

/// One value of a facet.
#[derive(Debug, Clone, PartialEq)]
pub struct FacetOption {
    pub label: AttrValue,
    /// A code shown before the label (a CAMEO root), or nothing.
    pub code: Option<AttrValue>,
    /// Events choosing it would leave, the other filters applied.
    pub count: u32,
    pub active: bool,
    /// The edit that chooses it; pressing a chosen value clears the facet instead.
    pub choose: FilterEdit,
    /// A class for the value's marker (a QuadClass glyph), or none.
    pub marker: Option<AttrValue>,
}

#[derive(Properties, PartialEq)]
pub struct FacetGroupProps {
    pub legend: AttrValue,
    pub options: Vec<FacetOption>,
    /// The edit that clears the facet.
    pub clear: FilterEdit,
    pub on_edit: Callback<FilterEdit>,
    /// Hides values no event would have (the chosen one always shows).
    #[prop_or(true)]
    pub hide_empty: bool,
    /// Shows the first values only, with a control for more; the caller lists chosen values first.
    #[prop_or(false)]
    pub long: bool,
}

#[component]
pub fn FacetGroup(props: &FacetGroupProps) -> Html {
    let shown = use_state(|| STEP);
    let options: Vec<&FacetOption> =
        props.options.iter().filter(|o| o.active || o.count > 0 || !props.hide_empty).collect();
    let total = options.len();
    // Long facets list their chosen values first, so these show.
    let limit = if props.long { (*shown).min(total) } else { total };
    let more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + STEP * 4))
    };
    html! {
        <fieldset class="facet">
            <legend>{ props.legend.clone() }</legend>
            if options.is_empty() {
                <p class="facet-none">{ "none in these events" }</p>
            }
            <ul>
                { for options.iter().take(limit).map(|option| {
                    let edit = if option.active { props.clear.clone() } else { option.choose.clone() };
                    let onclick = props.on_edit.reform(move |_| edit.clone());
                    html! {
                        <li>
                            <button type="button" class={classes!("facet-value", option.active.then_some("current"))}
                                aria-pressed={option.active.to_string()} {onclick}>
                                if let Some(marker) = &option.marker {
                                    <span class={classes!("glyph", marker.to_string())} aria-hidden="true"></span>
                                }
                                if let Some(code) = &option.code { <span class="code">{ code.clone() }</span> }
                                <bdi class="label">{ option.label.clone() }</bdi>
                                <span class="count">{ option.count }<span class="visually-hidden">{ " events" }</span></span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
            if limit < total {
                <button type="button" class="more" onclick={more}>{ format!("Show more ({} of {total} shown)", limit) }</button>
            }
        </fieldset>
    }
}
