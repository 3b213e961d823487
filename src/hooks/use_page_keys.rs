//! The timeline's keys, heard anywhere on the page: `j`/`k` (and ↓/↑ in the list) step through
//! events, `/` goes to the search box. Keys typed into a field are the field's.

use yew::prelude::*;

/// What a key asks the page to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKey {
    Next,
    Previous,
    Search,
}

/// What `key` means where it was pressed: `in_list` when the focus is in the event list,
/// `typing` when it is in a text field.
pub fn page_key(key: &str, in_list: bool, typing: bool) -> Option<PageKey> {
    if typing {
        return None;
    }
    match key {
        "j" => Some(PageKey::Next),
        "k" => Some(PageKey::Previous),
        "ArrowDown" if in_list => Some(PageKey::Next),
        "ArrowUp" if in_list => Some(PageKey::Previous),
        "/" => Some(PageKey::Search),
        _ => None,
    }
}

/// Calls `on_key` for the page's keys while the component is mounted; the latest callback is
/// the one called.
#[hook]
pub fn use_page_keys(on_key: Callback<PageKey>) {
    let latest = use_mut_ref(|| on_key.clone());
    *latest.borrow_mut() = on_key;
    use_effect_with((), move |_| {
        #[cfg(target_arch = "wasm32")]
        {
            use wasm_bindgen::JsCast;
            let listener = web_sys::window().and_then(|w| w.document()).map(|document| {
                gloo::events::EventListener::new_with_options(
                    &document,
                    "keydown",
                    gloo::events::EventListenerOptions::enable_prevent_default(),
                    move |event| {
                        let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                        if key.ctrl_key() || key.meta_key() || key.alt_key() {
                            return;
                        }
                        let target = key.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                        let typing = target.as_ref().is_some_and(|t| {
                            matches!(t.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                                || t.has_attribute("contenteditable")
                        });
                        let in_list =
                            target.as_ref().is_some_and(|t| t.closest(".event-list").ok().flatten().is_some());
                        if let Some(action) = page_key(&key.key(), in_list, typing) {
                            key.prevent_default();
                            latest.borrow().emit(action);
                        }
                    },
                )
            });
            move || drop(listener)
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            let _ = latest;
            || ()
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_step_and_search_unless_typing() {
        assert_eq!(page_key("j", false, false), Some(PageKey::Next));
        assert_eq!(page_key("k", true, false), Some(PageKey::Previous));
        assert_eq!(page_key("ArrowDown", true, false), Some(PageKey::Next));
        assert_eq!(page_key("ArrowDown", false, false), None, "the page scrolls as usual outside the list");
        assert_eq!(page_key("/", false, false), Some(PageKey::Search));
        assert_eq!(page_key("j", false, true), None, "a j typed into the search box is a letter");
        assert_eq!(page_key("x", false, false), None);
    }
}
