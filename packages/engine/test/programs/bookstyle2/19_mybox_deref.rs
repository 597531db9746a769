// Our own smart pointer: implementing Deref makes `*` work.
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

fn main() {
    let x = 5;
    let y = MyBox::new(x);

    assert_eq!(5, x);
    assert_eq!(5, *y); // really *(y.deref())
    println!("x = {}, *y = {}", x, *y);

    let point = MyBox::new((3, 4));
    let (a, b) = *point;
    println!("point holds ({}, {})", a, b);
    println!("first field through auto-deref: {}", point.0 .0);
}
