// A queue of tasks drained in order.
struct Tasks {
    names: Vec<&'static str>,
    index: usize,
}

impl Iterator for Tasks {
    type Item = &'static str;
    fn next(&mut self) -> Option<Self::Item> {
        let t = self.names.get(self.index).copied();
        self.index += 1;
        t
    }
}

fn main() {
    let tasks = Tasks { names: vec!["build", "test", "deploy"], index: 0 };
    // Mistake: len() comes from ExactSizeIterator, not Iterator.
    println!("{} tasks queued", tasks.len());
    for t in tasks {
        println!("running {}", t);
    }
}
