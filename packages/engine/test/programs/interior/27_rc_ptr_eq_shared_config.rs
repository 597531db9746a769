use std::cell::RefCell;
use std::rc::Rc;

struct Theme {
    color: String,
}

struct Widget {
    id: u32,
    theme: Rc<RefCell<Theme>>,
}

fn main() {
    let dark = Rc::new(RefCell::new(Theme { color: "black".into() }));
    let light = Rc::new(RefCell::new(Theme { color: "white".into() }));

    let widgets = vec![
        Widget { id: 1, theme: Rc::clone(&dark) },
        Widget { id: 2, theme: Rc::clone(&light) },
        Widget { id: 3, theme: Rc::clone(&dark) },
    ];

    // One change is visible through every widget sharing the theme.
    dark.borrow_mut().color = String::from("charcoal");

    for w in &widgets {
        let same = Rc::ptr_eq(&w.theme, &dark);
        println!("widget {} color {} (dark theme? {})", w.id, w.theme.borrow().color, same);
    }
    println!("dark used by {} handles, light by {}", Rc::strong_count(&dark), Rc::strong_count(&light));
}
