struct Rep<T> {
    item: T,
    n: u32,
}

impl<T: Clone> Iterator for Rep<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        if self.n == 0 { return None; }
        self.n -= 1;
        Some(self.item.clone())
    }
}

fn main() {
    for x in (Rep { item: 7, n: 2 }) {
        println!("{}", x);
    }
    let total: i32 = Rep { item: 5, n: 3 }.map(|x| x * 2).sum();
    println!("{}", total);
}
