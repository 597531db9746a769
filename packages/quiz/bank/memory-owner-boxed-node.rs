// kind: memory
// title: A node boxed inside another
// tags: box, move
// difficulty: 2
// ask: owner
// at: line 9
// block: line 8
// ---
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let tail = Node { value: 2, next: None };
    let head = Node { value: 1, next: Some(Box::new(tail)) };
    let first = head.value;
    if let Some(next) = &head.next {
        println!("{} {}", first, next.value);
    }
}
