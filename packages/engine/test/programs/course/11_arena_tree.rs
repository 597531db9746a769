// Lab 4, exercise 2: the arena alternative.
// All nodes live in one Vec; links are plain usize indices, so no Rc and no Box.

#[derive(Debug)]
struct Node {
    label: &'static str,
    parent: Option<usize>,
    children: Vec<usize>,
}

struct Arena {
    nodes: Vec<Node>,
}

impl Arena {
    fn new() -> Self {
        Arena { nodes: Vec::new() }
    }

    fn add(&mut self, label: &'static str, parent: Option<usize>) -> usize {
        let id = self.nodes.len();
        self.nodes.push(Node { label, parent, children: Vec::new() });
        if let Some(p) = parent {
            self.nodes[p].children.push(id);
        }
        id
    }

    fn path_to_root(&self, mut id: usize) -> Vec<&'static str> {
        let mut path = vec![self.nodes[id].label];
        while let Some(p) = self.nodes[id].parent {
            path.push(self.nodes[p].label);
            id = p;
        }
        path
    }

    fn depth_first(&self, id: usize, depth: usize) {
        println!("{}{}", "  ".repeat(depth), self.nodes[id].label);
        for &child in &self.nodes[id].children {
            self.depth_first(child, depth + 1);
        }
    }
}

fn main() {
    let mut arena = Arena::new();
    let root = arena.add("src", None);
    let engine = arena.add("engine", Some(root));
    let ui = arena.add("ui", Some(root));
    let borrowck = arena.add("borrowck", Some(engine));
    arena.add("lexer", Some(engine));
    arena.add("widgets", Some(ui));

    arena.depth_first(root, 0);
    println!("path: {:?}", arena.path_to_root(borrowck));
    println!("node count = {}", arena.nodes.len());
    println!("engine = {:?}", arena.nodes[engine]);
}
