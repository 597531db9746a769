// An extension trait adds a custom adapter to every iterator.
struct EveryOther<I> {
    inner: I,
}

impl<I: Iterator> Iterator for EveryOther<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        let item = self.inner.next();
        self.inner.next();
        item
    }
}

trait EveryOtherExt: Iterator + Sized {
    fn every_other(self) -> EveryOther<Self> {
        EveryOther { inner: self }
    }
}

impl<I: Iterator> EveryOtherExt for I {}

fn main() {
    let v: Vec<i32> = (1..=9).every_other().collect();
    println!("{:?}", v);
    let letters: String = "abcdefgh".chars().every_other().collect();
    println!("{}", letters);
    let sum: i32 = vec![10, 1, 20, 2, 30].into_iter().every_other().sum();
    println!("sum = {}", sum);
}
