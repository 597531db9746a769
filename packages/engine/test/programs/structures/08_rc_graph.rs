// A small directed graph of Rc<RefCell<Node>>; DFS with a visited list of names.
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    name: String,
    edges: Vec<Rc<RefCell<Node>>>,
    visits: u32,
}

fn node(name: &str) -> Rc<RefCell<Node>> {
    Rc::new(RefCell::new(Node { name: name.to_string(), edges: Vec::new(), visits: 0 }))
}

fn connect(from: &Rc<RefCell<Node>>, to: &Rc<RefCell<Node>>) {
    from.borrow_mut().edges.push(Rc::clone(to));
}

fn dfs(n: &Rc<RefCell<Node>>, seen: &mut Vec<String>, depth: usize) {
    let name = n.borrow().name.clone();
    n.borrow_mut().visits += 1;
    if seen.contains(&name) {
        return;
    }
    println!("{}visit {}", "  ".repeat(depth), name);
    seen.push(name);
    let edges: Vec<Rc<RefCell<Node>>> = n.borrow().edges.iter().cloned().collect();
    for e in &edges {
        dfs(e, seen, depth + 1);
    }
}

fn main() {
    let a = node("A");
    let b = node("B");
    let c = node("C");
    let d = node("D");
    connect(&a, &b);
    connect(&a, &c);
    connect(&b, &d);
    connect(&c, &d);
    connect(&d, &b);

    let mut seen = Vec::new();
    dfs(&a, &mut seen, 0);
    println!("order: {:?}", seen);
    for n in [&a, &b, &c, &d] {
        let n = n.borrow();
        println!("{} visits={} out-degree={}", n.name, n.visits, n.edges.len());
    }
    println!("strong(B) = {}, strong(D) = {}", Rc::strong_count(&b), Rc::strong_count(&d));
    // break the B <-> D cycle so everything can be freed
    d.borrow_mut().edges.clear();
    println!("strong(B) after clearing D's edges = {}", Rc::strong_count(&b));
}
