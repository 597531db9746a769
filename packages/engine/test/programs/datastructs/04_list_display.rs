use std::fmt;

struct Node {
    data: String,
    next: Option<Box<Node>>,
}

struct Playlist {
    head: Option<Box<Node>>,
    len: usize,
}

impl Playlist {
    fn new() -> Playlist {
        Playlist { head: None, len: 0 }
    }

    fn add(&mut self, song: &str) {
        let node = Node { data: song.to_string(), next: self.head.take() };
        self.head = Some(Box::new(node));
        self.len += 1;
    }
}

impl fmt::Display for Playlist {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[")?;
        let mut cur = &self.head;
        let mut first = true;
        while let Some(node) = cur {
            if !first {
                write!(f, " -> ")?;
            }
            write!(f, "{}", node.data)?;
            first = false;
            cur = &node.next;
        }
        write!(f, "] ({} songs)", self.len)
    }
}

fn main() {
    let mut p = Playlist::new();
    println!("{}", p);
    p.add("Bohemian Rhapsody");
    println!("{}", p);
    p.add("Imagine");
    p.add("Hey Jude");
    println!("{}", p);
    let text = format!("{}", p);
    println!("rendered length: {}", text.len());
}
