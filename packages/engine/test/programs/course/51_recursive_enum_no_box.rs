// Lab 3 warm-up: a binary tree as an enum.

#[derive(Debug)]
enum Tree {
    Leaf,
    Node(i32, Tree, Tree),
}

fn sum(t: &Tree) -> i32 {
    match t {
        Tree::Leaf => 0,
        Tree::Node(v, l, r) => v + sum(l) + sum(r),
    }
}

fn main() {
    let t = Tree::Node(1, Tree::Node(2, Tree::Leaf, Tree::Leaf), Tree::Leaf);
    println!("sum = {}", sum(&t));
    println!("{:?}", t);
}
