enum Entry {
    File { name: String, size: u64 },
    Dir { name: String, children: Vec<Box<Entry>> },
}

impl Entry {
    fn size(&self) -> u64 {
        match self {
            Entry::File { size, .. } => *size,
            Entry::Dir { children, .. } => children.iter().map(|c| c.size()).sum(),
        }
    }

    fn print(&self, indent: usize) {
        let pad = " ".repeat(indent * 2);
        match self {
            Entry::File { name, size } => println!("{}{} ({} B)", pad, name, size),
            Entry::Dir { name, children } => {
                println!("{}{}/ ({} B)", pad, name, self.size());
                for c in children {
                    c.print(indent + 1);
                }
            }
        }
    }
}

fn file(name: &str, size: u64) -> Box<Entry> {
    Box::new(Entry::File { name: name.to_string(), size })
}

fn main() {
    let root = Entry::Dir {
        name: "project".to_string(),
        children: vec![
            file("Cargo.toml", 220),
            Box::new(Entry::Dir {
                name: "src".to_string(),
                children: vec![file("main.rs", 1500), file("lib.rs", 3400)],
            }),
            Box::new(Entry::Dir { name: "empty".to_string(), children: vec![] }),
            file("README.md", 800),
        ],
    };
    root.print(0);
    println!("total: {} bytes", root.size());
}
