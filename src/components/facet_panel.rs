//! The facet panel: search, actors, and every other facet with live counts; folded away behind a
//! button at phone width.

use tightrope_core::index::{QuadClass, PRECISIONS};
use tightrope_core::link::{FilterEdit, ViewFilter};
use tightrope_core::query::FlagCounts;
use tightrope_core::ActorKind;
use yew::prelude::*;

use crate::components::actor_facet::ActorFacet;
use crate::components::facet_group::{FacetGroup, FacetOption};
use crate::components::search_box::SearchBox;
use crate::store::{use_corpus, ViewHandle};

#[derive(Properties, PartialEq)]
pub struct FacetPanelProps {
    pub filter: ViewFilter,
    pub view: ViewHandle,
    pub on_edit: Callback<FilterEdit>,
}

fn option(label: impl Into<AttrValue>, count: u32, active: bool, choose: FilterEdit) -> FacetOption {
    FacetOption { label: label.into(), code: None, count, active, choose, marker: None }
}

/// Chosen values first, then by count, most first; ties keep their order.
fn by_count(mut options: Vec<FacetOption>) -> Vec<FacetOption> {
    options.sort_by_key(|o| (!o.active, std::cmp::Reverse(o.count)));
    options
}

#[component]
pub fn FacetPanel(props: &FacetPanelProps) -> Html {
    let corpus = use_corpus();
    let open = use_state(|| false);
    let filter = &props.filter;
    let counts = &props.view.facets.counts;
    let index = &corpus.index;
    let on_edit = &props.on_edit;

    let kinds: Vec<FacetOption> = ActorKind::ALL
        .iter()
        .enumerate()
        .map(|(k, &kind)| {
            option(kind.label(), counts.kinds[k], filter.kind == Some(kind), FilterEdit::Kind(Some(kind)))
        })
        .collect();
    let categories: Vec<FacetOption> = index
        .roots()
        .iter()
        .enumerate()
        .map(|(r, root)| FacetOption {
            code: root.code.parse::<u32>().is_ok().then(|| root.code.clone().into()),
            ..option(
                root.name.clone(),
                counts.categories[r],
                filter.category.as_ref() == Some(&root.code),
                FilterEdit::Category(Some(root.code.clone())),
            )
        })
        .collect();
    let quads: Vec<FacetOption> = QuadClass::ALL
        .iter()
        .enumerate()
        .map(|(q, &quad)| FacetOption {
            marker: Some(format!("quad-{}", quad.number()).into()),
            ..option(quad.label(), counts.quads[q], filter.quad == Some(quad), FilterEdit::Quad(Some(quad)))
        })
        .collect();
    let documents: Vec<FacetOption> = corpus
        .documents
        .iter()
        .enumerate()
        .map(|(d, doc)| {
            let active = filter.doc.as_ref() == Some(&doc.doc_id);
            option(doc.title.clone(), counts.documents[d], active, FilterEdit::Doc(Some(doc.doc_id.clone())))
        })
        .collect();
    let publishers: Vec<FacetOption> = index
        .publishers()
        .iter()
        .enumerate()
        .map(|(p, publisher)| {
            let active = filter.publisher.as_ref() == Some(publisher);
            option(publisher.clone(), counts.publishers[p], active, FilterEdit::Publisher(Some(publisher.clone())))
        })
        .collect();
    let precisions: Vec<FacetOption> = PRECISIONS
        .iter()
        .enumerate()
        .map(|(p, &precision)| {
            let active = filter.precision == Some(precision);
            option(precision.label(), counts.precisions[p], active, FilterEdit::Precision(Some(precision)))
        })
        .collect();
    let flag = |legend: &'static str,
                (yes, no): (&'static str, &'static str),
                value: Option<bool>,
                flag_counts: FlagCounts,
                which: fn(Option<bool>) -> FilterEdit| {
        let options = vec![
            option(yes, flag_counts.yes, value == Some(true), which(Some(true))),
            option(no, flag_counts.no, value == Some(false), which(Some(false))),
        ];
        html! { <FacetGroup legend={legend} {options} clear={which(None)} on_edit={on_edit.clone()} /> }
    };
    let active = filter.active().len();
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    html! {
        <aside class={classes!("facet-panel", (*open).then_some("open"))} aria-label="filters">
            <button type="button" class="facet-toggle" aria-expanded={open.to_string()} aria-controls="facet-body" onclick={toggle}>
                { if active == 0 { "Filters".to_string() } else { format!("Filters ({active} active)") } }
            </button>
            <div class="facet-body" id="facet-body">
                <SearchBox text={filter.text.clone()} on_edit={on_edit.clone()} placeholder="Search quotes, actions, names" />
                <ActorFacet filter={filter.clone()} view={props.view.clone()} on_edit={on_edit.clone()} />
                <FacetGroup legend="QuadClass" options={quads} clear={FilterEdit::Quad(None)} on_edit={on_edit.clone()} hide_empty={false} />
                <FacetGroup legend="Action (CAMEO root)" options={categories} clear={FilterEdit::Category(None)} on_edit={on_edit.clone()} />
                <FacetGroup legend="Actor kind" options={kinds} clear={FilterEdit::Kind(None)} on_edit={on_edit.clone()} />
                { flag("Dates from context", ("only these", "hidden"), filter.inherited, counts.inherited, FilterEdit::Inherited) }
                <FacetGroup legend="Date precision" options={precisions} clear={FilterEdit::Precision(None)} on_edit={on_edit.clone()} />
                { flag("Reported speech", ("only", "left out"), filter.reported, counts.reported, FilterEdit::Reported) }
                { flag("Planned or expected", ("only", "left out"), filter.expected, counts.expected, FilterEdit::Expected) }
                { flag("Negated", ("only", "left out"), filter.negated, counts.negated, FilterEdit::Negated) }
                <FacetGroup legend="Publisher" options={by_count(publishers)} clear={FilterEdit::Publisher(None)} on_edit={on_edit.clone()} long={true} />
                <FacetGroup legend="Document" options={by_count(documents)} clear={FilterEdit::Doc(None)} on_edit={on_edit.clone()} long={true} />
            </div>
        </aside>
    }
}
