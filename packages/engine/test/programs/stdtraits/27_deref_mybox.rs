use std::ops::Deref;

struct MyBox<T>(T);

impl<T> MyBox<T> {
    fn new(x: T) -> MyBox<T> {
        MyBox(x)
    }
}

impl<T> Deref for MyBox<T> {
    type Target = T;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

fn hello(name: &str) {
    println!("Hello, {name}!");
}

fn main() {
    let x = 5;
    let y = MyBox::new(x);

    assert_eq!(5, x);
    assert_eq!(5, *y);
    println!("x = {}, *y = {}", x, *y);

    let m = MyBox::new(String::from("Rust"));
    hello(&m);          // &MyBox<String> -> &String -> &str
    hello(&(*m)[..]);   // what we'd have to write without deref coercion

    // Methods of the inner value are reachable through auto-deref.
    println!("len = {}, upper = {}", m.len(), m.to_uppercase());
}
