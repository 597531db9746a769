// Student mistake: pushing a String into a Vec moves it, then using it again.
#[derive(Debug)]
struct Node {
    label: String,
    next: Option<Box<Node>>,
}

fn main() {
    let mut names: Vec<String> = Vec::new();
    let first = String::from("head");
    names.push(first);
    let node = Node { label: first, next: None };
    println!("{:?} {:?}", names, node);

    let tail = Node { label: "tail".to_string(), next: None };
    let head = Node { label: "h".to_string(), next: Some(Box::new(tail)) };
    println!("{}", head.label);
}
