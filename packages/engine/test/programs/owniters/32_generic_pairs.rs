// A generic iterator adapter written by hand: consecutive pairs.
struct Pairs<I: Iterator> {
    inner: I,
    prev: Option<I::Item>,
}

impl<I> Iterator for Pairs<I>
where
    I: Iterator,
    I::Item: Clone,
{
    type Item = (I::Item, I::Item);

    fn next(&mut self) -> Option<Self::Item> {
        if self.prev.is_none() {
            self.prev = self.inner.next();
        }
        let cur = self.inner.next()?;
        let prev = self.prev.replace(cur.clone())?;
        Some((prev, cur))
    }
}

fn pairs<I: Iterator>(inner: I) -> Pairs<I> {
    Pairs { inner, prev: None }
}

fn main() {
    let heights = [150, 152, 149, 160, 158];
    for (a, b) in pairs(heights.iter()) {
        println!("{} -> {} (change {})", a, b, b - a);
    }
    let words = vec!["red", "green", "blue"];
    let joined: Vec<String> = pairs(words.into_iter()).map(|(a, b)| format!("{}-{}", a, b)).collect();
    println!("{:?}", joined);
}
