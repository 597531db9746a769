use std::cell::{RefCell, RefMut};

struct Registry {
    names: RefCell<Vec<String>>,
}

impl Registry {
    fn names_mut(&self) -> RefMut<'_, Vec<String>> {
        self.names.borrow_mut()
    }
}

// Student mistake: the Registry is created inside the function
fn fresh_names() -> RefMut<'static, Vec<String>> {
    let reg = Registry { names: RefCell::new(vec![]) };
    reg.names_mut()
}

fn main() {
    let mut n = fresh_names();
    n.push("x".to_string());
    println!("{:?}", *n);
}
