// Our own iterator that walks a slice two items at a time.
struct Pairs<'a, T> {
    items: &'a [T],
    pos: usize,
}

impl<'a, T> Iterator for Pairs<'a, T> {
    type Item = (&'a T, &'a T);

    fn next(&mut self) -> Option<Self::Item> {
        if self.pos + 1 < self.items.len() {
            let pair = (&self.items[self.pos], &self.items[self.pos + 1]);
            self.pos += 2;
            Some(pair)
        } else {
            None
        }
    }
}

fn pairs<T>(items: &[T]) -> Pairs<'_, T> {
    Pairs { items, pos: 0 }
}

fn main() {
    let scores = [10, 20, 30, 40, 50];
    for (a, b) in pairs(&scores) {
        println!("{} + {} = {}", a, b, a + b);
    }
    let names = vec!["ann", "bob", "cid", "dee"];
    let joined: Vec<String> = pairs(&names).map(|(a, b)| format!("{}&{}", a, b)).collect();
    println!("{:?}", joined);
    println!("pairs in 7 items: {}", pairs(&[0u8; 7]).count());
}
