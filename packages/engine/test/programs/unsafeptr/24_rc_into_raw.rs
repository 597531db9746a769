use std::rc::Rc;

// Rc::into_raw keeps the count; from_raw gives the handle back.
struct Config {
    name: String,
}

impl Drop for Config {
    fn drop(&mut self) {
        println!("config {} dropped", self.name);
    }
}

fn main() {
    let shared = Rc::new(Config { name: String::from("prod") });
    let other = Rc::clone(&shared);
    println!("count before into_raw: {}", Rc::strong_count(&shared));
    let raw: *const Config = Rc::into_raw(other);
    println!("count while raw: {}", Rc::strong_count(&shared));
    unsafe {
        println!("name through raw: {}", (*raw).name);
    }
    let back = unsafe { Rc::from_raw(raw) };
    println!("count after from_raw: {}", Rc::strong_count(&back));
    drop(back);
    println!("count after dropping one: {}", Rc::strong_count(&shared));
}
