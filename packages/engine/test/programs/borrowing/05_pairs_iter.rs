// An iterator struct that borrows a slice and yields adjacent pairs.
struct Pairs<'a, T> {
    items: &'a [T],
    index: usize,
}

impl<'a, T> Pairs<'a, T> {
    fn new(items: &'a [T]) -> Pairs<'a, T> {
        Pairs { items, index: 0 }
    }
}

impl<'a, T> Iterator for Pairs<'a, T> {
    type Item = (&'a T, &'a T);

    fn next(&mut self) -> Option<Self::Item> {
        if self.index + 1 < self.items.len() {
            let pair = (&self.items[self.index], &self.items[self.index + 1]);
            self.index += 1;
            Some(pair)
        } else {
            None
        }
    }
}

fn main() {
    let temps = vec![12.5, 14.0, 13.2, 17.8, 16.1];
    for (a, b) in Pairs::new(&temps) {
        println!("{:.1} -> {:.1} (change {:+.1})", a, b, b - a);
    }

    let names = ["ada", "grace", "linus"];
    let joined: Vec<String> = Pairs::new(&names)
        .map(|(x, y)| format!("{}&{}", x, y))
        .collect();
    println!("{:?}", joined);
    // The slice is still usable: the iterator only borrowed it.
    println!("temps still has {} entries", temps.len());
}
