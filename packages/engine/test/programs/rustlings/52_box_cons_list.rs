// box1: a recursive cons list needs Box to have a known size.
#[derive(Debug, PartialEq)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

fn create_empty_list() -> List {
    List::Nil
}

fn create_non_empty_list() -> List {
    List::Cons(1, Box::new(List::Cons(2, Box::new(List::Cons(3, Box::new(List::Nil))))))
}

fn sum(list: &List) -> i32 {
    match list {
        List::Cons(value, rest) => value + sum(rest),
        List::Nil => 0,
    }
}

fn main() {
    let empty = create_empty_list();
    let list = create_non_empty_list();
    println!("This is an empty cons list: {:?}", empty);
    println!("This is a non-empty cons list: {:?}", list);
    println!("sum = {}", sum(&list));
    println!("empty == Nil? {}", empty == List::Nil);
}
