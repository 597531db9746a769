use std::rc::Rc;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Holder {
    label: &'static str,
    item: Rc<Noisy>,
}

impl Drop for Holder {
    fn drop(&mut self) {
        println!("drop holder {} (item strong = {})", self.label, Rc::strong_count(&self.item));
    }
}

fn main() {
    let shared = Rc::new(Noisy("shared"));
    let h1 = Holder { label: "h1", item: Rc::clone(&shared) };
    let h2 = Holder { label: "h2", item: Rc::clone(&shared) };
    drop(shared);
    println!("strong = {}", Rc::strong_count(&h1.item));
    let v = vec![h1, h2];
    println!("vec built");
    drop(v);
    println!("end");
}
