// A generic enum with trait-bounded impls
use std::fmt::Display;

#[derive(Debug, Clone, PartialEq)]
enum Tree<T> {
    Leaf(T),
    Node(Box<Tree<T>>, Box<Tree<T>>),
}

impl<T: Copy + std::ops::Add<Output = T>> Tree<T> {
    fn sum(&self) -> T {
        match self {
            Tree::Leaf(v) => *v,
            Tree::Node(l, r) => l.sum() + r.sum(),
        }
    }
}

impl<T> Tree<T> {
    fn depth(&self) -> usize {
        match self {
            Tree::Leaf(_) => 1,
            Tree::Node(l, r) => 1 + l.depth().max(r.depth()),
        }
    }
}

impl<T: Display> Tree<T> {
    fn render(&self) -> String {
        match self {
            Tree::Leaf(v) => v.to_string(),
            Tree::Node(l, r) => format!("({} {})", l.render(), r.render()),
        }
    }
}

fn node<T>(l: Tree<T>, r: Tree<T>) -> Tree<T> {
    Tree::Node(Box::new(l), Box::new(r))
}

fn main() {
    let t = node(Tree::Leaf(1), node(Tree::Leaf(2), Tree::Leaf(3)));
    println!("{} sum={} depth={}", t.render(), t.sum(), t.depth());
    let f = node(Tree::Leaf(0.5), Tree::Leaf(0.25));
    println!("{} sum={}", f.render(), f.sum());
    let s = node(Tree::Leaf("a"), Tree::Leaf("b"));
    println!("{} depth={}", s.render(), s.depth());
    println!("{}", t.clone() == t);
    println!("{:?}", Tree::Leaf('x'));
}
