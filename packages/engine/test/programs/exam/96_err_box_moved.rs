#[derive(Debug)]
struct Tree {
    label: &'static str,
    children: Vec<Box<Tree>>,
}

fn main() {
    let leaf = Box::new(Tree { label: "leaf", children: vec![] });
    let root = Tree { label: "root", children: vec![leaf] };
    println!("{} has {} child", root.label, root.children.len());
    println!("leaf is {:?}", leaf.label);
}
