// A generic binary tree with a recursive fold and map
#[derive(Debug)]
enum Tree<T> {
    Leaf,
    Node(Box<Tree<T>>, T, Box<Tree<T>>),
}

impl<T> Tree<T> {
    fn node(l: Tree<T>, v: T, r: Tree<T>) -> Self {
        Tree::Node(Box::new(l), v, Box::new(r))
    }

    fn fold<A>(&self, init: A, f: &impl Fn(A, &T) -> A) -> A {
        match self {
            Tree::Leaf => init,
            Tree::Node(l, v, r) => {
                let acc = l.fold(init, f);
                let acc = f(acc, v);
                r.fold(acc, f)
            }
        }
    }

    fn map<U>(self, f: &impl Fn(T) -> U) -> Tree<U> {
        match self {
            Tree::Leaf => Tree::Leaf,
            Tree::Node(l, v, r) => Tree::node(l.map(f), f(v), r.map(f)),
        }
    }
}

fn main() {
    use Tree::Leaf;
    let t = Tree::node(Tree::node(Leaf, 1, Leaf), 2, Tree::node(Leaf, 3, Tree::node(Leaf, 4, Leaf)));
    let sum = t.fold(0, &|acc, v| acc + v);
    let items = t.fold(Vec::new(), &|mut acc, v| { acc.push(*v); acc });
    println!("sum = {}, items = {:?}", sum, items);
    let labels = t.map(&|v| format!("#{}", v * 10));
    println!("{}", labels.fold(String::new(), &|acc, s| acc + s + " "));
}
