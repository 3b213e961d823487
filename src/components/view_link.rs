//! A link to a page with a view in its query string, written by `core::link`'s encoders: the
//! router's own `Link` would serialise the query another way.

use tightrope_core::link::HistoryMode;
use yew::prelude::*;
use yew_router::navigator::NavigatorKind;
use yew_router::prelude::*;

use crate::route::Route;
use crate::store::navigate;

#[derive(Properties, PartialEq)]
pub struct ViewLinkProps {
    pub to: Route,
    /// The query string without its `?`, from `ViewFilter::encode` or `ViewState::encode`.
    pub query: AttrValue,
    #[prop_or_default]
    pub classes: Classes,
    #[prop_or_default]
    pub children: Html,
}

/// Opens the page as a new history entry; a modified click (new tab, new window) is the browser's.
#[component]
pub fn ViewLink(props: &ViewLinkProps) -> Html {
    let navigator = use_navigator();
    let href = {
        // The app runs under a hash router, whose paths need no base name; host renders use a
        // memory history with none.
        let mut href = props.to.to_path();
        if !props.query.is_empty() {
            href = format!("{href}?{}", props.query);
        }
        if navigator.as_ref().is_some_and(|n| n.kind() == NavigatorKind::Hash) {
            href.insert(0, '#');
        }
        href
    };
    let onclick = {
        let (to, query) = (props.to.clone(), props.query.clone());
        Callback::from(move |click: MouseEvent| {
            if click.meta_key() || click.ctrl_key() || click.shift_key() || click.alt_key() {
                return;
            }
            click.prevent_default();
            if let Some(navigator) = &navigator {
                navigate(navigator, &to, &query, HistoryMode::Push);
            }
        })
    };
    html! { <a class={props.classes.clone()} {href} {onclick}>{ props.children.clone() }</a> }
}
