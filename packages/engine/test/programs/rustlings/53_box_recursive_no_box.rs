// box1 unsolved: the recursive type has infinite size.
enum List {
    Cons(i32, List),
    Nil,
}

fn main() {
    let list = List::Cons(1, List::Cons(2, List::Nil));
    if let List::Cons(head, _) = list {
        println!("head = {}", head);
    }
}
