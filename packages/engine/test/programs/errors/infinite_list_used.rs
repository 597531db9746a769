// A recursive enum used in a body: rustc adds E0391 (it cannot compute the drop) to E0072.
#[derive(Debug)]
enum List {
    Cons(i32, List),
    Nil,
}

fn main() {
    let list = List::Nil;
    println!("{:?}", list);
}
