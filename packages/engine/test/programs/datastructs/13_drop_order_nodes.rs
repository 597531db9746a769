struct Node {
    label: &'static str,
    next: Option<Box<Node>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("dropping node {}", self.label);
    }
}

fn main() {
    let c = Box::new(Node { label: "c", next: None });
    let b = Box::new(Node { label: "b", next: Some(c) });
    let a = Node { label: "a", next: Some(b) };

    println!("list built: {} -> {} -> {}",
        a.label,
        a.next.as_ref().unwrap().label,
        a.next.as_ref().unwrap().next.as_ref().unwrap().label);

    {
        let mut head = a;
        let tail = head.next.take();
        println!("detached tail starting at {}", tail.as_ref().map(|n| n.label).unwrap_or("none"));
        drop(tail);
        println!("tail gone, head still {}", head.label);
        head.label = "a'";
    }
    println!("end of main");
}
