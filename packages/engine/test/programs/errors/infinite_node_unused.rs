// A recursive struct never used as a value: E0072 alone.
struct Node {
    value: i32,
    next: Option<Node>,
}

fn sum(n: &Node) -> i32 {
    n.value
}

fn main() {}
