// A file-system-like tree: every directory holds Vec<Rc<RefCell<Dir>>> children.
use std::cell::RefCell;
use std::rc::Rc;

struct Dir {
    name: String,
    size: u64,
    children: Vec<Rc<RefCell<Dir>>>,
}

fn dir(name: &str, size: u64) -> Rc<RefCell<Dir>> {
    Rc::new(RefCell::new(Dir { name: name.to_string(), size, children: Vec::new() }))
}

fn total_size(d: &Rc<RefCell<Dir>>) -> u64 {
    let node = d.borrow();
    node.size + node.children.iter().map(total_size).sum::<u64>()
}

fn print_tree(d: &Rc<RefCell<Dir>>, depth: usize) {
    let node = d.borrow();
    println!("{}{} ({} KB)", "  ".repeat(depth), node.name, node.size);
    for child in &node.children {
        print_tree(child, depth + 1);
    }
}

fn main() {
    let root = dir("/", 4);
    let home = dir("home", 8);
    let docs = dir("docs", 120);
    let music = dir("music", 2048);
    let etc = dir("etc", 16);

    home.borrow_mut().children.push(Rc::clone(&docs));
    home.borrow_mut().children.push(Rc::clone(&music));
    root.borrow_mut().children.push(Rc::clone(&home));
    root.borrow_mut().children.push(Rc::clone(&etc));

    print_tree(&root, 0);
    println!("total = {} KB", total_size(&root));

    // Grow a directory through a second handle; the tree sees the change.
    docs.borrow_mut().size += 30;
    println!("after editing docs: total = {} KB", total_size(&root));
    println!("home has {} children, docs strong count = {}",
        home.borrow().children.len(), Rc::strong_count(&docs));
}
