use std::mem;

#[derive(Debug)]
enum Tree {
    Leaf(i32),
    Node(Box<Tree>, Box<Tree>),
}

fn mirror(t: &mut Tree) {
    if let Tree::Node(l, r) = t {
        mem::swap(l, r);
        mirror(l);
        mirror(r);
    }
}

fn leaves(t: &Tree) -> Vec<i32> {
    match t {
        Tree::Leaf(v) => vec![*v],
        Tree::Node(l, r) => {
            let mut v = leaves(l);
            v.extend(leaves(r));
            v
        }
    }
}

fn main() {
    let mut t = Tree::Node(
        Box::new(Tree::Node(Box::new(Tree::Leaf(1)), Box::new(Tree::Leaf(2)))),
        Box::new(Tree::Leaf(3)),
    );
    println!("before: {:?}", leaves(&t));
    mirror(&mut t);
    println!("after:  {:?}", leaves(&t));

    let mut a = Box::new(Tree::Leaf(10));
    let mut b = Box::new(Tree::Leaf(20));
    mem::swap(&mut a, &mut b);
    println!("a = {:?}, b = {:?}", a, b);
}
