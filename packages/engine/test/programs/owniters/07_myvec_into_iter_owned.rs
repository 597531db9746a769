// IntoIterator for an owned wrapper: `for x in v` consumes it.
struct MyVec {
    items: Vec<String>,
}

impl IntoIterator for MyVec {
    type Item = String;
    type IntoIter = std::vec::IntoIter<String>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

fn main() {
    let v = MyVec {
        items: vec!["apple".to_string(), "pear".to_string(), "fig".to_string()],
    };
    let mut total = 0;
    for s in v {
        total += s.len();
        println!("took ownership of {}", s);
    }
    println!("total letters: {}", total);
}
