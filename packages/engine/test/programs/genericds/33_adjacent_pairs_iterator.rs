// Implementing Iterator for a generic struct: the associated type Item
// is (T, T).
struct AdjacentPairs<'a, T> {
    items: &'a [T],
    pos: usize,
}

impl<'a, T: Copy> Iterator for AdjacentPairs<'a, T> {
    type Item = (T, T);

    fn next(&mut self) -> Option<(T, T)> {
        if self.pos + 1 < self.items.len() {
            let pair = (self.items[self.pos], self.items[self.pos + 1]);
            self.pos += 1;
            Some(pair)
        } else {
            None
        }
    }
}

fn adjacent<T: Copy>(items: &[T]) -> AdjacentPairs<'_, T> {
    AdjacentPairs { items, pos: 0 }
}

fn main() {
    let temps = [12, 15, 11, 18, 18];
    for (a, b) in adjacent(&temps) {
        let trend = if b > a { "up" } else if b < a { "down" } else { "same" };
        println!("{} -> {}: {}", a, b, trend);
    }

    let letters = ['r', 'u', 's', 't'];
    let bigrams: Vec<String> = adjacent(&letters).map(|(a, b)| format!("{}{}", a, b)).collect();
    println!("{:?}", bigrams);

    let rises = adjacent(&[1.0, 1.5, 1.2, 2.0]).filter(|(a, b)| b > a).count();
    println!("rises = {}", rises);
}
