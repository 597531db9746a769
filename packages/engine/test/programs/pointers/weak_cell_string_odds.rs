use std::cell::Cell;
use std::rc::{Rc, Weak};

fn main() {
    let strong = Rc::new(String::from("node"));
    let weak: Weak<String> = Rc::downgrade(&strong);
    let weak2 = weak.clone();
    println!("{} {} {}", weak.strong_count(), weak.weak_count(), Rc::weak_count(&strong));
    drop(strong);
    println!("{} {} {:?}", weak.strong_count(), weak2.weak_count(), weak.upgrade());

    let a = Cell::new(1);
    let b = Cell::new(2);
    a.swap(&b);
    println!("{} {}", a.get(), b.get());

    let mut text = String::from("h-e-y -t-h-e-r-e");
    text.retain(|c| c != '-');
    println!("{} {} {}", text, text.len(), text.capacity());
    let city = "Zürich";
    println!("{} {} {}", city.is_char_boundary(1), city.is_char_boundary(2), city.is_char_boundary(6));
    println!("{:?} {:?} {:?} {:?}", city.get(0..1), city.get(0..2), city.get(3..), city.get(..=2));
    println!("{:?}", city.get(2..10));
    let v = [4, 8, 15, 16, 23, 42];
    println!("{:?} {:?}", v.iter().rposition(|x| x % 2 == 1), v.iter().position(|x| x % 2 == 1));
    println!("{:?}", v.iter().rposition(|&x| x > 100));
}
