// An iterator that walks a borrowed slice, two items at a time.
struct Pairs<'a> {
    items: &'a [String],
    pos: usize,
}

impl<'a> Iterator for Pairs<'a> {
    type Item = (&'a String, Option<&'a String>);

    fn next(&mut self) -> Option<Self::Item> {
        if self.pos >= self.items.len() {
            return None;
        }
        let first = &self.items[self.pos];
        let second = self.items.get(self.pos + 1);
        self.pos += 2;
        Some((first, second))
    }
}

fn pairs(items: &[String]) -> Pairs<'_> {
    Pairs { items, pos: 0 }
}

fn main() {
    let players: Vec<String> = ["ann", "ben", "cat", "dan", "eve"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    for (a, b) in pairs(&players) {
        match b {
            Some(b) => println!("{} vs {}", a, b),
            None => println!("{} gets a bye", a),
        }
    }
    // The references outlive the iterator but not the vector.
    let firsts: Vec<&String> = pairs(&players).map(|(a, _)| a).collect();
    println!("{:?}", firsts);
}
