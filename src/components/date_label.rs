//! A date as a reader says it, with its TimeML value and precision on hover.

use tightrope_core::DateValue;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DateLabelProps {
    pub date: DateValue,
    /// Shown as "from context" when the date was inherited or inferred.
    #[prop_or_default]
    pub derived: Option<AttrValue>,
}

#[component]
pub fn DateLabel(props: &DateLabelProps) -> Html {
    let date = &props.date;
    let title = format!("TimeML {} · precision: {}", date.value, date.precision.label());
    let datetime = date.interval.map(|i| i.earliest.to_string());
    html! {
        <span class={classes!("date", format!("precision-{}", date.precision.label()))}>
            <time {datetime} {title}>{ date.label() }</time>
            if let Some(derived) = &props.derived {
                <span class="derived">{ derived.clone() }</span>
            }
        </span>
    }
}
