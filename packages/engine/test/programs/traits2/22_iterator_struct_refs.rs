// An iterator that walks a borrowed slice two items at a time.
struct Pairs<'a> {
    data: &'a [i32],
    pos: usize,
}

impl<'a> Iterator for Pairs<'a> {
    type Item = (i32, i32);
    fn next(&mut self) -> Option<Self::Item> {
        if self.pos + 1 >= self.data.len() {
            return None;
        }
        let p = (self.data[self.pos], self.data[self.pos + 1]);
        self.pos += 2;
        Some(p)
    }
}

fn pairs(data: &[i32]) -> Pairs<'_> {
    Pairs { data, pos: 0 }
}

fn main() {
    let readings = vec![3, 4, 10, 2, 7, 7, 1];
    for (a, b) in pairs(&readings) {
        println!("{} vs {}", a, b);
    }
    let diffs: Vec<i32> = pairs(&readings).map(|(a, b)| b - a).collect();
    println!("diffs {:?}", diffs);
    let equal = pairs(&readings).filter(|(a, b)| a == b).count();
    println!("equal pairs: {}", equal);
    println!("readings still usable: {}", readings.len());
}
