// An arena: nodes live in a Vec, links are usize indices instead of pointers.
#[derive(Debug)]
struct Node {
    name: String,
    parent: Option<usize>,
    children: Vec<usize>,
}

#[derive(Default)]
struct Arena {
    nodes: Vec<Node>,
}

impl Arena {
    fn add(&mut self, name: &str, parent: Option<usize>) -> usize {
        let id = self.nodes.len();
        self.nodes.push(Node { name: name.to_string(), parent, children: Vec::new() });
        if let Some(p) = parent {
            self.nodes[p].children.push(id);
        }
        id
    }

    fn path(&self, mut id: usize) -> String {
        let mut parts = vec![self.nodes[id].name.as_str()];
        while let Some(p) = self.nodes[id].parent {
            parts.push(&self.nodes[p].name);
            id = p;
        }
        parts.reverse();
        parts.join("/")
    }

    fn print(&self, id: usize, depth: usize) {
        println!("{}{}", "  ".repeat(depth), self.nodes[id].name);
        for &c in &self.nodes[id].children {
            self.print(c, depth + 1);
        }
    }

    fn size(&self, id: usize) -> usize {
        1 + self.nodes[id].children.iter().map(|&c| self.size(c)).sum::<usize>()
    }

    fn rename(&mut self, id: usize, new: &str) {
        if let Some(n) = self.nodes.get_mut(id) {
            n.name = new.to_string();
        }
    }
}

fn main() {
    let mut a = Arena::default();
    let root = a.add("root", None);
    let src = a.add("src", Some(root));
    let main_rs = a.add("main.rs", Some(src));
    let _lib = a.add("lib.rs", Some(src));
    let docs = a.add("docs", Some(root));
    let guide = a.add("guide.md", Some(docs));
    a.print(root, 0);
    println!("path of main.rs: {}", a.path(main_rs));
    println!("path of guide: {}", a.path(guide));
    println!("size(root) = {}, size(src) = {}", a.size(root), a.size(src));
    a.rename(src, "source");
    println!("after rename: {}", a.path(main_rs));
    let leaves: Vec<&str> = a.nodes.iter().filter(|n| n.children.is_empty()).map(|n| n.name.as_str()).collect();
    println!("leaves: {:?}", leaves);
    println!("parent of docs: {:?}", a.nodes[docs].parent.map(|p| &a.nodes[p].name));
}
