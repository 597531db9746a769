use std::rc::Rc;

#[derive(Debug)]
struct Node {
    value: i32,
    children: Vec<Rc<Node>>,
}

fn main() {
    let leaf = Rc::new(Node { value: 3, children: vec![] });
    let branch = Rc::new(Node { value: 5, children: vec![] });
    branch.children.push(Rc::clone(&leaf));
    println!("branch = {:?}", branch);
}
