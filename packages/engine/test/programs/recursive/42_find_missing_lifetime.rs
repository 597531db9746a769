// Find a subtree by name in a directory tree
struct Dir {
    name: String,
    children: Vec<Dir>,
}

fn find(dir: &Dir, name: &str) -> Option<&Dir> {
    if dir.name == name {
        return Some(dir);
    }
    dir.children.iter().find_map(|c| find(c, name))
}

fn main() {
    let root = Dir {
        name: "root".into(),
        children: vec![Dir { name: "etc".into(), children: vec![] }],
    };
    match find(&root, "etc") {
        Some(d) => println!("found {}", d.name),
        None => println!("not found"),
    }
}
