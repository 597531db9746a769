use std::cell::RefCell;
use std::rc::Rc;

type NodeRef = Rc<RefCell<GraphNode>>;

struct GraphNode {
    name: String,
    edges: Vec<NodeRef>,
    visited: bool,
}

fn node(name: &str) -> NodeRef {
    Rc::new(RefCell::new(GraphNode { name: name.to_string(), edges: Vec::new(), visited: false }))
}

fn connect(a: &NodeRef, b: &NodeRef) {
    a.borrow_mut().edges.push(Rc::clone(b));
}

fn dfs(n: &NodeRef, order: &mut Vec<String>) {
    if n.borrow().visited {
        return;
    }
    n.borrow_mut().visited = true;
    order.push(n.borrow().name.clone());
    let neighbours: Vec<NodeRef> = n.borrow().edges.iter().cloned().collect();
    for m in &neighbours {
        dfs(m, order);
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
    connect(&d, &a); // cycle

    let mut order = Vec::new();
    dfs(&a, &mut order);
    println!("DFS from A: {}", order.join(" -> "));
    println!("D is referenced {} times", Rc::strong_count(&d));

    // break the cycle so everything can be freed
    d.borrow_mut().edges.clear();
    println!("A is referenced {} times after clearing D", Rc::strong_count(&a));
}
